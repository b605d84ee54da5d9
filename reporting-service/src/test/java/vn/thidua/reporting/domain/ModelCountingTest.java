package vn.thidua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which models count toward coverage against targets, and in which field. */
class ModelCountingTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private static ModelChange registered(String field, Boolean confirmationRequired) {
        return ModelChange.registered("m1", "c1", "W19390", new Registration("Mô hình", field, "COLLECTIVE"),
                confirmationRequired, T0);
    }

    private static ModelChange amended(String field, boolean confirmationRequired, int minutes) {
        return ModelChange.amended("m1", "c1", new ModelDetails("Mô hình (sửa)", field, confirmationRequired,
                T0.plusSeconds(60L * minutes)));
    }

    private static ModelChange confirmed(int minutes) {
        return ModelChange.contentConfirmed("m1", "c1", T0.plusSeconds(60L * minutes));
    }

    private static ModelProgress fold(List<ModelChange> changes) {
        ModelProgress progress = ModelProgress.from(changes.get(0));
        for (ModelChange change : changes.subList(1, changes.size())) progress = progress.apply(change);
        return progress;
    }

    @Test
    void aRegisteredModelCounts() {
        assertThat(ModelProgress.from(registered("ECONOMY", false)).counts()).isTrue();
    }

    @Test
    void aWithdrawnModelStopsCountingForGood() {
        ModelProgress withdrawn = fold(List.of(registered("ECONOMY", false),
                ModelChange.withdrawn("m1", "c1", "W19390", T0.plusSeconds(60))));
        assertThat(withdrawn.counts()).isFalse();
        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(Tally.of(withdrawn).registered()).as("it was registered all the same").isEqualTo(1);
        assertThat(withdrawn.apply(amended("ECONOMY", false, 5)).counts()).isFalse();
    }

    @Test
    void anOtherFieldModelCountsOnlyOnceItsContentIsConfirmed() {
        ModelProgress awaiting = ModelProgress.from(registered("OTHER", true));
        assertThat(awaiting.awaitsConfirmation()).isTrue();
        assertThat(awaiting.counts()).isFalse();

        ModelProgress confirmed = awaiting.apply(confirmed(10));
        assertThat(confirmed.awaitsConfirmation()).isFalse();
        assertThat(confirmed.counts()).isTrue();
    }

    @Test
    void anOtherFieldRegistrationOfTheFirstShapeAwaitsConfirmationToo() {
        assertThat(ModelProgress.from(registered("OTHER", null)).awaitsConfirmation()).isTrue();
        assertThat(ModelProgress.from(registered("ECONOMY", null)).awaitsConfirmation()).isFalse();
    }

    @Test
    void anAmendmentAskingForConfirmationAgainNeedsANewerConfirmation() {
        ModelProgress reAsked = fold(List.of(registered("OTHER", true), confirmed(10), amended("OTHER", true, 20)));
        assertThat(reAsked.counts()).as("confirmed before the amendment").isFalse();
        assertThat(reAsked.apply(confirmed(30)).counts()).isTrue();
    }

    @Test
    void amendmentsMoveTheModelBetweenFieldsTheNewestWinning() {
        List<ModelChange> changes = List.of(registered("ECONOMY", false), amended("CULTURE_SOCIETY", false, 10),
                amended("DEFENCE_SECURITY", false, 20));
        ModelProgress inOrder = fold(changes);
        assertThat(inOrder.field()).isEqualTo("DEFENCE_SECURITY");
        assertThat(inOrder.registration().field()).as("as registered").isEqualTo("ECONOMY");

        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            List<ModelChange> shuffled = new ArrayList<>(changes);
            Collections.shuffle(shuffled, random);
            assertThat(fold(shuffled)).as("order %s", shuffled).isEqualTo(inOrder);
        }
    }

    @Test
    void anAmendmentOutOfTheOtherFieldCountsWithoutConfirmation() {
        ModelProgress moved = fold(List.of(registered("OTHER", true), amended("ECONOMY", false, 10)));
        assertThat(moved.counts()).isTrue();
        assertThat(moved.field()).isEqualTo("ECONOMY");
    }

    @Test
    void anAmendmentOrConfirmationBeforeTheRegistrationCountsNothingUntilItArrives() {
        ModelProgress early = ModelProgress.from(amended("OTHER", true, 10)).apply(confirmed(20));
        assertThat(early.unitId()).isNull();
        assertThat(early.counts()).isFalse();
        ModelProgress complete = early.apply(registered("OTHER", true));
        assertThat(complete.unitId()).isEqualTo("W19390");
        assertThat(complete.field()).isEqualTo("OTHER");
        assertThat(complete.counts()).isTrue();
    }

    @Test
    void detailsOfTheSameMillisecondAreOrderedByTheirContent() {
        ModelChange a = ModelChange.amended("m1", "c1", new ModelDetails("A", "ECONOMY", false, T0));
        ModelChange b = ModelChange.amended("m1", "c1", new ModelDetails("B", "ECONOMY", false, T0));
        assertThat(ModelProgress.from(a).apply(b)).isEqualTo(ModelProgress.from(b).apply(a));
    }
}
