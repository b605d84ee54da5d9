package vn.thidua.reporting.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.reporting.application.target.TargetCoverageQueries;
import vn.thidua.reporting.domain.target.ModelTotals;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.target.TargetResult;
import vn.thidua.reporting.domain.unit.Unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.reporting.Events.confirmed;
import static vn.thidua.reporting.Events.fieldAmended;
import static vn.thidua.reporting.Events.launched;
import static vn.thidua.reporting.Events.model;
import static vn.thidua.reporting.Events.target;
import static vn.thidua.reporting.Events.unit;
import static vn.thidua.reporting.Events.unitClosed;
import static vn.thidua.reporting.Events.withdrawn;

/** Coverage against targets from published events, through the updater, on in-memory stores. */
class TargetCoverageScenarioTest {

    private final InMemoryStores stores = new InMemoryStores();
    private final ProjectionUpdater updater = new ProjectionUpdater(stores, stores, stores);
    private final TargetCoverageQueries queries = new TargetCoverageQueries(stores, InMemoryStores.openGuard());
    private long offset;

    private static final ModelRegistered M1 = model("m1", "c1", "C1", ModelField.ECONOMY);
    private static final ModelRegistered M2_OTHER = model("m2", "c1", "C2", ModelField.OTHER);
    private static final ModelRegistered M3_LATE = model("m3", "c1", "V1", ModelField.CULTURE_SOCIETY,
            RegistrantKind.COLLECTIVE, true, null);
    private static final ModelRegistered M4_WITHDRAWN = model("m4", "c1", "V2", ModelField.ECONOMY);
    private static final ModelRegistered M5_REPLICA = model("m5", "c1", "V3", ModelField.NEW_RURAL_CONSTRUCTION,
            RegistrantKind.INDIVIDUAL, false, "m1");
    private static final ModelRegistered M6_AMENDED = model("m6", "c1", "A1", ModelField.ECONOMY);
    private static final ModelRegistered M7_CLOSED_UNIT = model("m7", "c1", "C-old", ModelField.ECONOMY);
    private static final ModelRegistered M8_OTHER_DISTRICT = model("m8", "c1", "V9", ModelField.ECONOMY);
    private static final ModelRegistered M9 = model("m9", "c1", "A3", ModelField.COMPREHENSIVE);

    private void publish(IntegrationEvent event) {
        publish(UUID.randomUUID().toString(), event);
    }

    private void publish(String id, IntegrationEvent event) {
        updater.apply(id, event.getClass().getSimpleName(), event, Instant.now(),
                new StreamPosition("thidua.registration", 0, offset++));
    }

    /** District D (organiser) in province P: communes, villages, agencies; district D2 beside it. */
    @BeforeEach
    void treeCampaignAndModels() {
        // models first: the tree and the campaign may arrive after them (other partitions)
        List.of(M1, M2_OTHER, M3_LATE, M4_WITHDRAWN, M5_REPLICA, M6_AMENDED, M7_CLOSED_UNIT, M8_OTHER_DISTRICT, M9)
                .forEach(this::publish);
        publish(withdrawn(M4_WITHDRAWN));
        publish(fieldAmended(M6_AMENDED, ModelField.DEFENCE_SECURITY));

        publish(unit("P", null, "tỉnh", "province"));
        publish(unit("D", "P", "huyện", "district"));
        publish(unit("D2", "P", "huyện", "district"));
        publish(unit("C1", "D", "xã", "commune"));
        publish(unit("C2", "D", "thị trấn", "commune"));
        publish(unit("C-old", "D", "xã", "commune"));
        publish(unitClosed("C-old", LocalDate.of(2022, 7, 1), "C1"));
        publish(unit("C9", "D2", "xã", "commune"));
        for (String v : List.of("V1", "V2")) publish(unit(v, "C1", "village", "village"));
        for (String v : List.of("V3", "V4")) publish(unit(v, "C2", "village", "village"));
        publish(unit("V9", "C9", "village", "village"));
        for (String a : List.of("A1", "A2", "A3")) publish(unit(a, "D", "agency", "district"));
        // organisations of a commune sit at commune level inside it: they are not communes
        publish(unit("C1-DU", "C1", "party-committee", "commune"));
        publish(unit("C2-HPN", "C2", "mass-organisation", "commune"));

        publish(launched("c1", "D"));
    }

    private TargetCoverage coverage() {
        return queries.targetCoverage("c1", null).orElseThrow();
    }

    private static TargetResult result(TargetCoverage coverage, String unitKind) {
        return coverage.targets().stream().filter(t -> t.target().unitKind().equals(unitKind)).findFirst()
                .orElseThrow();
    }

    private static List<String> ids(List<Unit> units) {
        return units.stream().map(Unit::unitId).toList();
    }

    @Test
    void eachTargetCountsItsKindBelowTheOrganiserDuringThePeriod() {
        TargetCoverage coverage = coverage();
        assertThat(coverage.from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(coverage.to()).isEqualTo(LocalDate.of(2025, 12, 31));

        TargetResult agencies = result(coverage, "agency");
        assertThat(ids(agencies.units())).containsExactly("A1", "A2", "A3");
        assertThat(ids(agencies.uncovered())).containsExactly("A2");
        assertThat(agencies.percent()).contains(new BigDecimal("66.66"));
        assertThat(agencies.met()).contains(false);

        TargetResult communes = result(coverage, "commune");
        assertThat(ids(communes.units())).as("C-old closed before the period; C9 is in another district; C1-DU and C2-HPN are organisations inside communes")
                .containsExactly("C1", "C2");
        assertThat(ids(communes.uncovered())).as("C2's only model awaits its content confirmation")
                .containsExactly("C2");
        assertThat(communes.percent()).contains(new BigDecimal("50.00"));
        assertThat(communes.met()).contains(false);

        TargetResult villages = result(coverage, "village");
        assertThat(ids(villages.units())).containsExactly("V1", "V2", "V3", "V4");
        assertThat(ids(villages.uncovered())).as("V2's only model was withdrawn").containsExactly("V2", "V4");
        assertThat(villages.met()).contains(false);
    }

    @Test
    void modelsAreCountedByFieldAsAmendedByRegistrantKindLateAndReplicas() {
        ModelTotals models = coverage().models();
        assertThat(models.registered()).isEqualTo(9);
        assertThat(models.withdrawn()).isEqualTo(1);
        assertThat(models.awaitingConfirmation()).isEqualTo(1);
        assertThat(models.counting()).isEqualTo(7);
        assertThat(models.late()).isEqualTo(1);
        assertThat(models.replicas()).isEqualTo(1);
        assertThat(models.byField()).isEqualTo(Map.of("ECONOMY", 3L, "CULTURE_SOCIETY", 1L,
                "NEW_RURAL_CONSTRUCTION", 1L, "DEFENCE_SECURITY", 1L, "COMPREHENSIVE", 1L));
        assertThat(models.byRegistrantKind()).isEqualTo(Map.of("COLLECTIVE", 6L, "INDIVIDUAL", 1L));
        assertThat(models.byNovelty()).isEqualTo(Map.of("NEW", 6L, "CONTINUING", 1L));
        assertThat(models.replicasByOriginal()).isEqualTo(Map.of("m1", 1L));
    }

    @Test
    void theConfirmationOfAnOtherFieldModelCoversItsUnit() {
        publish(confirmed(M2_OTHER));
        TargetResult communes = result(coverage(), "commune");
        assertThat(communes.covered()).isEqualTo(2);
        assertThat(communes.percent()).contains(new BigDecimal("100.00"));
        assertThat(communes.met()).contains(true);
        assertThat(coverage().models().byField()).containsEntry("OTHER", 1L);
    }

    @Test
    void moreThanSeventyFivePercentIsNotMetByExactlySeventyFive() {
        publish(model("m10", "c1", "V4", ModelField.ECONOMY));
        TargetResult villages = result(coverage(), "village");
        assertThat(villages.covered()).isEqualTo(3);
        assertThat(villages.percent()).contains(new BigDecimal("75.00"));
        assertThat(villages.met()).contains(false);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        TargetCoverage before = coverage();
        String id = "e-redelivered";
        ModelRegistered m10 = model("m10", "c1", "A2", ModelField.ECONOMY);
        publish(id, m10);
        publish(id, m10);
        publish("w-" + id, withdrawn(m10));
        publish("w-" + id, withdrawn(m10));
        publish("u-" + id, unit("A4", "D", "agency", "district"));
        publish("u-" + id, unit("A4", "D", "agency", "district"));
        TargetCoverage after = coverage();
        assertThat(after.models().registered()).isEqualTo(before.models().registered() + 1);
        assertThat(after.models().withdrawn()).isEqualTo(before.models().withdrawn() + 1);
        assertThat(result(after, "agency").total()).isEqualTo(4);
    }

    @Test
    void onOneDayTheTreeIsTakenAsItStoodThen() {
        TargetCoverage onTheFirstOf2022 = queries.targetCoverage("c1", LocalDate.of(2022, 1, 1)).orElseThrow();
        TargetResult communes = result(onTheFirstOf2022, "commune");
        assertThat(ids(communes.units())).containsExactly("C-old", "C1", "C2");
        assertThat(ids(communes.uncovered())).containsExactly("C2");
    }

    @Test
    void anAmendmentReplacesTheTargets() {
        publish(vn.thidua.reporting.Events.amended(launched("c1", "D"),
                List.of(target("village", TargetComparison.AT_LEAST, 50), target("coastal", TargetComparison.AT_LEAST,
                        50)), Instant.parse("2023-06-01T00:00:00Z")));
        TargetCoverage coverage = coverage();
        assertThat(coverage.targets()).extracting(t -> t.target().unitKind()).containsExactly("village", "coastal");
        assertThat(result(coverage, "village").met()).contains(true);
        assertThat(result(coverage, "coastal").total()).isZero();
        assertThat(result(coverage, "coastal").percent()).as("a percentage of nothing").isEmpty();
        assertThat(result(coverage, "coastal").met()).isEmpty();
    }

    @Test
    void withoutItsLaunchACampaignHasNoCoverage() {
        assertThat(queries.targetCoverage("never-launched", null)).isEmpty();
        publish(vn.thidua.reporting.Events.closed("only-closed", Instant.now()));
        assertThat(queries.targetCoverage("only-closed", null)).isEmpty();
    }
}
