package vn.thidua.reporting.application.deadline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.Events;
import vn.thidua.reporting.application.InMemoryStoresAccess;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.access.ProjectedUnits;
import vn.thidua.reporting.application.campaign.CampaignChanges;
import vn.thidua.reporting.application.unit.UnitChanges;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineChange;
import vn.thidua.reporting.domain.deadline.DeadlineKind;
import vn.thidua.reporting.domain.deadline.DeadlineRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines folded from events in any order, the lists they make for a commune and its district, and the digests
 * on in-memory ports: once per item, recipient and kind; a refused mail is tried again; overdue is a second reminder.
 */
class DeadlineDigestsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 2, 20);
    private static final Actor AUTHORITY = new Actor("tham-quyen", "D464");

    private final ProjectionStore projection = new InMemoryStoresAccess().projection();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines();
    private final Set<String> log = new HashSet<>();
    private final List<Digest> sent = new ArrayList<>();
    private final ReminderLog reminders = new ReminderLog() {
        @Override
        public Set<String> sentAmong(Collection<String> keys) {
            Set<String> found = new HashSet<>(keys);
            found.retainAll(log);
            return found;
        }

        @Override
        public void markSent(Collection<String> keys) {
            log.addAll(keys);
        }
    };
    private final List<Recipient> recipients = List.of(
            new Recipient("xa@thidua.local", "W19363", List.of("UNIT_OFFICER")),
            new Recipient("huyen@thidua.local", "D464", List.of("BOARD_OFFICER")));

    @BeforeEach
    void tree() {
        for (var unit : List.of(Events.unit("45", null, "tỉnh", "province"), Events.unit("D464", "45", "huyện", "district"),
                Events.unit("W19363", "D464", "thị trấn", "commune"), Events.unit("W19369", "D464", "xã", "commune"))) {
            UnitChanges.of(unit, null).ifPresent(projection::apply);
        }
        CampaignChanges.of(Events.launched("vl", "D464"), null).ifPresent(projection::apply);
    }

    private void fold(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            DeadlineChanges.of(event, null).ifPresent(change -> deadlines.applyAll(List.of(change)));
        }
    }

    private DeadlineQueries queriesOn(LocalDate day) {
        return new DeadlineQueries(projection, () -> projection.campaign("vl").stream().toList(), deadlines,
                DeadlineRules.DEFAULT, new AccessGuard(new ProjectedUnits(projection).jurisdiction()),
                VietnamTime.fixedAt(day));
    }

    private DeadlineDigests job(LocalDate day, DigestMail mail) {
        return new DeadlineDigests(queriesOn(day), reminders, mail, recipients);
    }

    private static SupplementRequested requested(String requestId, String unitId, LocalDate dueOn) {
        return new SupplementRequested("rc-" + requestId, "m-" + requestId, "vl", unitId, requestId,
                "Bổ sung " + requestId, dueOn, AUTHORITY, Instant.parse("2024-02-01T02:00:00Z"));
    }

    private static SupplementReceived received(String requestId, String unitId) {
        return new SupplementReceived("rc-" + requestId, "m-" + requestId, "vl", unitId, requestId, "AMENDMENT", null,
                LocalDate.of(2024, 2, 10), false, new Actor("can-bo", unitId), Instant.parse("2024-02-10T02:00:00Z"));
    }

    @Test
    void aReceiptArrivingBeforeItsRequestStillClearsItAndARedeliveryDoesNotReviveIt() {
        fold(received("a", "W19363"), requested("a", "W19363", TODAY.plusDays(3)), requested("a", "W19363",
                TODAY.plusDays(3)));
        assertThat(deadlines.items()).singleElement().satisfies(item -> assertThat(item.cleared()).isTrue());
        assertThat(queriesOn(TODAY).forUnit("W19363", List.of("UNIT_OFFICER"), TODAY).upcoming())
                .extracting(Deadline::kind).doesNotContain(DeadlineKind.SUPPLEMENT);
    }

    @Test
    void aCommuneSeesItsOwnAndItsDistrictsWindowItsDistrictBoardSeesAllItsCommunes() {
        fold(requested("own", "W19363", TODAY.plusDays(3)), requested("neighbour", "W19369", TODAY.minusDays(1)));

        ToDoList commune = queriesOn(TODAY).forUnit("W19363", List.of("UNIT_OFFICER"), TODAY);
        // Events.launched: window "Đợt 2 (mô hình phát sinh)" due 29/02/2024, set by the district for its subtree
        assertThat(commune.upcoming()).extracting(Deadline::title)
                .containsExactly("Bổ sung own", "Đợt 2 (mô hình phát sinh)");
        assertThat(commune.overdue()).isEmpty();

        ToDoList board = queriesOn(TODAY).forUnit("D464", List.of("BOARD_OFFICER"), TODAY);
        assertThat(board.overdue()).extracting(Deadline::title).containsExactly("Bổ sung neighbour");
        assertThat(board.upcoming()).extracting(Deadline::title)
                .containsExactly("Bổ sung own", "Đợt 2 (mô hình phát sinh)");
    }

    @Test
    void eachRecipientGetsOneDigestThenNothingUntilAnItemBecomesOverdue() {
        fold(requested("own", "W19363", TODAY.plusDays(3)));

        assertThat(job(TODAY, sent::add).sendDue()).isEqualTo(2);
        assertThat(sent).extracting(d -> d.recipient().email()).containsExactly("xa@thidua.local", "huyen@thidua.local");
        assertThat(sent.get(0).upcoming()).extracting(Deadline::title)
                .containsExactly("Bổ sung own", "Đợt 2 (mô hình phát sinh)");

        assertThat(job(TODAY.plusDays(1), sent::add).sendDue()).isZero();

        // four days on, the supplement is overdue: one more reminder of it alone, to both
        assertThat(job(TODAY.plusDays(4), sent::add).sendDue()).isEqualTo(2);
        assertThat(sent.subList(2, 4)).allSatisfy(d -> {
            assertThat(d.overdue()).extracting(Deadline::title).containsExactly("Bổ sung own");
            assertThat(d.upcoming()).isEmpty();
        });
    }

    @Test
    void aDigestTheServerRefusesIsNotLoggedAndGoesOutNextTime() {
        fold(requested("own", "W19363", TODAY.plusDays(3)));

        assertThat(job(TODAY, digest -> {
            throw new IllegalStateException("SMTP down");
        }).sendDue()).isZero();
        assertThat(log).isEmpty();

        assertThat(job(TODAY, sent::add).sendDue()).isEqualTo(2);
        assertThat(log).hasSize(4); // two items, two recipients, upcoming
    }

    /** The deadlines projection in memory: the same fold as MongoDeadlines (due facts set, clearing kept earliest). */
    static final class InMemoryDeadlines implements DeadlineStore {
        private final Map<String, Deadline> due = new LinkedHashMap<>();
        private final Map<String, Instant> cleared = new LinkedHashMap<>();

        @Override
        public void applyAll(List<DeadlineChange> changes) {
            for (DeadlineChange change : changes) {
                if (change.due() != null) due.put(change.id(), change.due());
                else cleared.merge(change.id(), change.clearedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        @Override
        public List<Deadline> items() {
            return due.values().stream().map(d -> new Deadline(d.id(), d.kind(), d.campaignId(), d.unitId(),
                    d.subtree(), d.title(), d.detail(), d.dueOn(), cleared.get(d.id()), d.setAt())).toList();
        }
    }
}
