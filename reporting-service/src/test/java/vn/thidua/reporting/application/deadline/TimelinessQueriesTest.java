package vn.thidua.reporting.application.deadline;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.Events;
import vn.thidua.reporting.application.InMemoryStoresAccess;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.StreamPosition;
import vn.thidua.reporting.application.dashboard.CoverageRollups;
import vn.thidua.reporting.domain.deadline.Timeliness;
import vn.thidua.reporting.domain.deadline.Timeliness.Supplements;
import vn.thidua.reporting.domain.deadline.Timeliness.Window;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late and overdue dossiers and supplements of a subtree, folded by the projection updater on in-memory stores:
 * windows (Đợt 1 due 31/08/2023, Đợt 2 due 29/02/2024) against the units of target kinds, a merged commune's
 * supplement counted for its successor, "as of" a day, and never past today.
 */
class TimelinessQueriesTest {

    private static final String C = "c";
    private static final Actor AUTHORITY = new Actor("tham-dinh", "D");

    private static ModelRegistered model(String id, String unitId, String day, boolean late) {
        return new ModelRegistered(id, C, unitId, "D", RegistrantKind.COLLECTIVE, "Mô hình " + id, ModelField.ECONOMY,
                false, null, null, null, null, null, null, late, null, new Actor("can-bo", unitId), at(day));
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
    }

    private static SupplementRequested asked(String id, String model, String unitId, String on, String due) {
        return new SupplementRequested("rc-" + id, model, C, unitId, id, "Bổ sung " + id, LocalDate.parse(due),
                AUTHORITY, at(on));
    }

    private static SupplementReceived received(String id, String model, String unitId, String on) {
        return new SupplementReceived("rc-" + id, model, C, unitId, id, "DOCUMENT", "doc-" + id,
                LocalDate.parse(on), false, new Actor("can-bo", unitId), at(on));
    }

    /** D with agency A1, communes C1 (V1 below), C2 (V2 below) and C3 (merged into C1 on 01/01/2024). */
    private static List<IntegrationEvent> scenario() {
        return List.of(Events.launched(C, "D"), Events.unit("P", null, "tỉnh", "province"),
                Events.unit("D", "P", "huyện", "district"), Events.unit("A1", "D", "agency", "district"),
                Events.unit("C1", "D", "xã", "commune"), Events.unit("C2", "D", "xã", "commune"),
                Events.unit("C3", "D", "xã", "commune"), Events.unitClosed("C3", LocalDate.of(2024, 1, 1), "C1"),
                Events.unit("V1", "C1", "village", "village"), Events.unit("V2", "C2", "village", "village"),
                model("m1", "C1", "2023-08-01", false), model("m2", "V1", "2024-02-01", false),
                model("m3", "V2", "2024-03-10", true), model("m4", "C3", "2023-07-01", false),
                asked("s1", "m1", "C1", "2024-03-01", "2024-03-15"), received("s1", "m1", "C1", "2024-03-10"),
                asked("s2", "m2", "V1", "2024-03-01", "2024-03-15"), received("s2", "m2", "V1", "2024-03-20"),
                asked("s3", "m4", "C3", "2024-04-01", "2024-04-15"),
                asked("s4", "m3", "V2", "2024-06-01", "2024-07-15"),
                new SupplementRequested("rc-x", "mx", "other", "C1", "x", "Khác", LocalDate.of(2024, 3, 1), AUTHORITY,
                        at("2024-02-01")));
    }

    private ProjectionStore projection;
    private TimelinessQueries queries;

    private void fold(List<IntegrationEvent> events, String today) {
        InMemoryStoresAccess stores = new InMemoryStoresAccess();
        DeadlineDigestsTest.InMemoryDeadlines deadlines = new DeadlineDigestsTest.InMemoryDeadlines();
        ProjectionUpdater updater = stores.updater(deadlines);
        long offset = 0;
        for (IntegrationEvent event : events) {
            updater.apply("e" + offset, event.getClass().getSimpleName(), event, at("2024-01-01"),
                    new StreamPosition("t", 0, offset++));
        }
        projection = stores.projection();
        queries = new TimelinessQueries(deadlines,
                Clock.fixed(at(today), VietnamTime.ZONE));
    }

    private Timeliness of(String unitId, String period, String asOf) {
        var campaign = projection.campaign(C).orElseThrow();
        CoverageRollup rollup = CoverageRollups.uncached(projection).rollup(campaign,
                ReportPeriod.parse(period, campaign).orElseThrow(), asOf == null ? null : LocalDate.parse(asOf));
        return queries.of(rollup, unitId);
    }

    @Test
    void theSixMonthReviewShowsLateRegistrationsOverdueDossiersAndSupplements() {
        fold(scenario(), "2026-01-01");
        Timeliness d = of("D", "2024-H1", null);

        assertThat(d.day()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.registrations()).isEqualTo(4);
        assertThat(d.registeredLate()).isEqualTo(1);
        // A1, C1, C2, V1, V2 owe a dossier (C3 closed); C1 filed by Đợt 1, C1 and V1 by Đợt 2
        assertThat(d.windows()).containsExactly(new Window("Đợt 1", LocalDate.of(2023, 8, 31), 5, 1),
                new Window("Đợt 2 (mô hình phát sinh)", LocalDate.of(2024, 2, 29), 5, 2));
        assertThat(d.windows()).extracting(Window::overdue).containsExactly(4L, 3L);
        assertThat(d.kinds()).containsExactly("agency", "commune", "village");
        assertThat(d.supplements()).isEqualTo(new Supplements(4, 2, 1, 1));
        assertThat(d.supplements().pending()).isEqualTo(1);

        // the merged C3's overdue supplement counts for C1; C2's subtree has only V2's pending one
        assertThat(of("C1", "2024-H1", null).supplements()).isEqualTo(new Supplements(3, 2, 1, 1));
        assertThat(of("C2", "2024-H1", null).supplements()).isEqualTo(new Supplements(1, 0, 0, 0));
        assertThat(of("C2", "2024-H1", null).windows()).extracting(Window::units, Window::filed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(1L, 0L));
    }

    @Test
    void asOfADayCountsWhatWasAskedAndAnsweredByItsEndAndTheTreeOfThatDay() {
        fold(scenario(), "2026-01-01");
        Timeliness early = of("D", "campaign", "2023-12-31");
        // C3 still open and filed its own dossier; Đợt 2 not yet due
        assertThat(early.windows()).containsExactly(new Window("Đợt 1", LocalDate.of(2023, 8, 31), 6, 2));
        assertThat(early.registrations()).isEqualTo(2);
        assertThat(early.registeredLate()).isZero();
        assertThat(early.supplements()).isEqualTo(new Supplements(0, 0, 0, 0));

        // 12/03/2024: s1 answered, s2 asked and not yet due
        Timeliness march = of("D", "campaign", "2024-03-12");
        assertThat(march.supplements()).isEqualTo(new Supplements(2, 1, 0, 0));
        assertThat(march.supplements().pending()).isEqualTo(1);
    }

    @Test
    void aPeriodEndingAfterTodayStandsOnTodayForWhatIsOverdue() {
        fold(scenario(), "2024-05-01");
        Timeliness d = of("D", "campaign", null);
        assertThat(d.day()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(d.supplements()).isEqualTo(new Supplements(3, 2, 1, 1));
    }

    @Test
    void theOrderOfTheEventsChangesNothing() {
        fold(scenario(), "2026-01-01");
        Timeliness expected = of("D", "2024-H1", null);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            List<IntegrationEvent> shuffled = new ArrayList<>(scenario());
            Collections.shuffle(shuffled, random);
            fold(shuffled, "2026-01-01");
            assertThat(of("D", "2024-H1", null)).isEqualTo(expected);
        }
    }
}
