package vn.thidua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelProgressTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Registration REGISTRATION =
            new Registration("Dân vận khéo trong xây dựng nông thôn mới", "NEW_RURAL_CONSTRUCTION", "COLLECTIVE");

    private static ModelChange registered(String modelId, String unitId) {
        return ModelChange.registered(modelId, "c1", unitId, REGISTRATION, T0);
    }

    private static ModelChange reached(String modelId, String unitId, ModelStage milestone, int minutes) {
        return ModelChange.reached(modelId, "c1", unitId, milestone, T0.plusSeconds(60L * minutes));
    }

    private static ModelProgress fold(List<ModelChange> changes) {
        ModelProgress progress = ModelProgress.from(changes.get(0));
        for (ModelChange change : changes.subList(1, changes.size())) progress = progress.apply(change);
        return progress;
    }

    private static List<ModelChange> lifecycle(String modelId) {
        return List.of(registered(modelId, "A"),
                reached(modelId, "A", ModelStage.REVIEW_OPENED, 1),
                reached(modelId, "A", ModelStage.RECOGNIZED, 2),
                reached(modelId, "A", ModelStage.PROPOSED_FOR_AWARD, 3),
                ModelChange.awardDecided(modelId, "c1", "A", true, T0.plusSeconds(240)));
    }

    @Test
    void theWholeLifecycleReachesEveryMilestone() {
        ModelProgress progress = fold(lifecycle("m1"));
        assertThat(progress.registration()).isEqualTo(REGISTRATION);
        assertThat(progress.reached()).containsOnlyKeys(ModelStage.values());
        assertThat(progress.reachedAt(ModelStage.RECOGNIZED)).contains(T0.plusSeconds(120));
        assertThat(Tally.of(progress)).isEqualTo(new Tally(1, 1, 1, 1));
    }

    @Test
    void orderDoesNotMatter() {
        ModelProgress inOrder = fold(lifecycle("m1"));
        List<ModelChange> reversed = new ArrayList<>(lifecycle("m1"));
        Collections.reverse(reversed);
        assertThat(fold(reversed)).isEqualTo(inOrder);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<ModelChange> shuffled = new ArrayList<>(lifecycle("m1"));
            Collections.shuffle(shuffled, random);
            assertThat(fold(shuffled)).as("order %s", shuffled).isEqualTo(inOrder);
        }
    }

    @Test
    void recognitionBeforeRegistrationKeepsIdentityAndCountsRegistrationOnlyWhenItArrives() {
        ModelProgress early = ModelProgress.from(reached("m1", "A", ModelStage.RECOGNIZED, 5));
        assertThat(early.campaignId()).isEqualTo("c1");
        assertThat(early.unitId()).isEqualTo("A");
        assertThat(early.registration()).isNull();
        assertThat(Tally.of(early)).isEqualTo(new Tally(0, 1, 0, 0));

        ModelProgress complete = early.apply(registered("m1", "A"));
        assertThat(complete.registration()).isEqualTo(REGISTRATION);
        assertThat(Tally.of(complete)).isEqualTo(new Tally(1, 1, 0, 0));
    }

    @Test
    void aRepeatedEventChangesNothing() {
        ModelProgress once = fold(lifecycle("m1"));
        List<ModelChange> twice = new ArrayList<>(lifecycle("m1"));
        twice.addAll(lifecycle("m1"));
        assertThat(fold(twice)).isEqualTo(once);
        assertThat(once.apply(reached("m1", "A", ModelStage.RECOGNIZED, 2))).isEqualTo(once);
    }

    @Test
    void aMilestoneKeepsTheEarliestTime() {
        ModelProgress progress = ModelProgress.from(reached("m1", "A", ModelStage.RECOGNIZED, 9))
                .apply(reached("m1", "A", ModelStage.RECOGNIZED, 4))
                .apply(reached("m1", "A", ModelStage.RECOGNIZED, 7));
        assertThat(progress.reachedAt(ModelStage.RECOGNIZED)).contains(T0.plusSeconds(240));
    }

    @Test
    void aRejectedAwardIsNotAwarded() {
        ModelProgress proposed = fold(List.of(registered("m1", "A"), reached("m1", "A", ModelStage.PROPOSED_FOR_AWARD, 1)));
        ModelProgress rejected = proposed.apply(ModelChange.awardDecided("m1", "c1", "A", false, T0.plusSeconds(120)));
        assertThat(rejected.has(ModelStage.AWARDED)).isFalse();
        assertThat(Tally.of(rejected)).isEqualTo(new Tally(1, 0, 1, 0));

        // a later approved decision (a new proposal) does award it; a rejection after that takes nothing back
        ModelProgress approved = rejected.apply(ModelChange.awardDecided("m1", "c1", "A", true, T0.plusSeconds(600)))
                .apply(ModelChange.awardDecided("m1", "c1", "A", false, T0.plusSeconds(900)));
        assertThat(approved.reachedAt(ModelStage.AWARDED)).contains(T0.plusSeconds(600));
    }

    @Test
    void aChangeOfAnotherModelIsRefused() {
        assertThatThrownBy(() -> ModelProgress.from(registered("m1", "A")).apply(registered("m2", "A")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeNeedsItsIdentity() {
        assertThatThrownBy(() -> ModelChange.reached("m1", " ", "A", ModelStage.RECOGNIZED, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaignId");
    }

    @Test
    void coverageCountsModelsPerUnitSortedWithTotals() {
        List<ModelProgress> models = List.of(
                fold(lifecycle("m1")).apply(ModelChange.awardDecided("m1", "c1", "A", true, T0)),
                fold(List.of(registered("m2", "A"), reached("m2", "A", ModelStage.RECOGNIZED, 1))),
                fold(List.of(registered("m3", "B"),
                        ModelChange.awardDecided("m3", "c1", "B", false, T0))),
                ModelProgress.from(ModelChange.registered("m4", "other-campaign", "A", REGISTRATION, T0)));

        CampaignCoverage coverage = CampaignCoverage.count("c1", models);

        assertThat(coverage.units()).containsExactly(
                new UnitCoverage("A", new Tally(2, 2, 1, 1)),
                new UnitCoverage("B", new Tally(1, 0, 0, 0)));
        assertThat(coverage.totals()).isEqualTo(new Tally(3, 2, 1, 1));
    }

    @Test
    void aCampaignWithoutModelsHasNoUnitsAndZeroTotals() {
        CampaignCoverage coverage = CampaignCoverage.count("nobody", List.of(fold(lifecycle("m1"))));
        assertThat(coverage.units()).isEmpty();
        assertThat(coverage.totals()).isEqualTo(Tally.ZERO);
    }

    @Test
    void coverageFromUnitCountsSortsAndSums() {
        CampaignCoverage coverage = CampaignCoverage.of("c1", List.of(
                new UnitCoverage("B", new Tally(1, 0, 0, 0)), new UnitCoverage("A", new Tally(2, 1, 1, 0))));
        assertThat(coverage.units()).extracting(UnitCoverage::unitId).containsExactly("A", "B");
        assertThat(coverage.totals()).isEqualTo(new Tally(3, 1, 1, 0));
    }
}
