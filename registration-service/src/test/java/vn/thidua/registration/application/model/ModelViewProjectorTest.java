package vn.thidua.registration.application.model;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.registration.application.model.ModelView.HistoryEntry;
import vn.thidua.registration.domain.model.ModelAmendedEvent;
import vn.thidua.registration.domain.model.ModelContentConfirmedEvent;
import vn.thidua.registration.domain.model.ModelLockedEvent;
import vn.thidua.registration.domain.model.ModelRegisteredEvent;
import vn.thidua.registration.domain.model.ModelWithdrawnEvent;
import vn.thidua.registration.domain.model.SupplementAnsweredEvent;
import vn.thidua.registration.domain.model.SupplementRequestedEvent;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The models view built from a model's events, on an in-memory store (no Spring, Axon or MongoDB). */
class ModelViewProjectorTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final String MODEL = "m1";

    private final InMemoryModelViewStore store = new InMemoryModelViewStore();
    private final ModelViewProjector projector = new ModelViewProjector(store);

    private void register(ModelField field) {
        projector.on(new ModelRegisteredEvent(MODEL, "c1", "W19390", "D198", RegistrantKind.COLLECTIVE, null,
                ModelNovelty.NEW, "Dân vận khéo", field, "Hiến đất", null, null, LocalDate.of(2024, 5, 1), true,
                null, field == ModelField.OTHER), 0, T0, "can-bo-01", "W19390");
    }

    private void amend(long sequence, boolean confirmationRequired) {
        projector.on(new ModelAmendedEvent(MODEL, "c1", "Đường làng NGÕ xóm", ModelField.OTHER, "Nội dung mới", "Họp dân",
                "5 km", LocalDate.of(2024, 6, 1), confirmationRequired, "Bổ sung"), sequence, T0.plusSeconds(sequence),
                "can-bo-01", "W19390");
    }

    private ModelView view() {
        return store.find(MODEL).orElseThrow();
    }

    @Test
    void registrationCreatesTheViewWithItsFoldedTitleAndFirstHistoryLine() {
        register(ModelField.ECONOMY);

        ModelView view = view();
        assertThat(view.titleFolded()).isEqualTo("dan van kheo");
        assertThat(view.status()).isEqualTo(ModelView.REGISTERED);
        assertThat(view.late()).isTrue();
        assertThat(view.registeredAt()).isEqualTo(T0);
        assertThat(view.registeredBy()).isEqualTo("can-bo-01");
        assertThat(view.history()).containsExactly(new HistoryEntry(T0, HistoryEntry.REGISTERED, "can-bo-01", "W19390", null));
    }

    @Test
    void anAmendmentReplacesTheContentAndAsksForConfirmationAgain() {
        register(ModelField.OTHER);
        projector.on(new ModelContentConfirmedEvent(MODEL, "c1", "D198"), 1, T0.plusSeconds(1), "huyen", "D198");
        assertThat(view().contentConfirmedBy()).isEqualTo("D198");

        amend(2, true);

        ModelView view = view();
        assertThat(view.title()).isEqualTo("Đường làng NGÕ xóm");
        assertThat(view.titleFolded()).isEqualTo("duong lang ngo xom");
        assertThat(view.content()).isEqualTo("Nội dung mới");
        assertThat(view.startDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(view.contentConfirmationRequired()).isTrue();
        assertThat(view.contentConfirmedBy()).isNull();
        assertThat(view.awaitingConfirmation()).isTrue();
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.history()).extracting(HistoryEntry::what).containsExactly(HistoryEntry.REGISTERED,
                HistoryEntry.CONTENT_CONFIRMED, HistoryEntry.AMENDED);
        assertThat(view.history().get(2).reason()).isEqualTo("Bổ sung");
    }

    @Test
    void anAmendmentNotTouchingTheConfirmedContentKeepsTheConfirmation() {
        register(ModelField.OTHER);
        projector.on(new ModelContentConfirmedEvent(MODEL, "c1", "D198"), 1, T0.plusSeconds(1), "huyen", "D198");

        amend(2, false);

        assertThat(view().contentConfirmedBy()).isEqualTo("D198");
        assertThat(view().awaitingConfirmation()).isFalse();
    }

    @Test
    void recognitionLocksARegisteredModelButAWithdrawnOneStaysWithdrawn() {
        register(ModelField.ECONOMY);
        projector.on(new ModelLockedEvent(MODEL, "rc1", "D198"), 1, T0.plusSeconds(1), "review");
        assertThat(view().status()).isEqualTo(ModelView.RECOGNIZED);
        assertThat(view().locked()).isTrue();
        assertThat(view().amendable()).isFalse();
        assertThat(view().history().get(1)).isEqualTo(
                new HistoryEntry(T0.plusSeconds(1), HistoryEntry.RECOGNIZED, "review", "D198", null));

        store.views.clear();
        register(ModelField.ECONOMY);
        projector.on(new ModelWithdrawnEvent(MODEL, "c1", "W19390", "Trùng"), 1, T0.plusSeconds(1), "can-bo-01", "W19390");
        projector.on(new ModelLockedEvent(MODEL, "rc1", "D198"), 2, T0.plusSeconds(2), "review");
        assertThat(view().status()).isEqualTo(ModelView.WITHDRAWN);
        assertThat(view().withdrawalReason()).isEqualTo("Trùng");
        assertThat(view().locked()).isTrue();
        assertThat(view().active()).isFalse();
    }

    @Test
    void aSupplementRequestIsShownUntilAnsweredAndOpensTheRegistration() {
        register(ModelField.ECONOMY);
        projector.on(new ModelLockedEvent(MODEL, "rc1", "D198"), 1, T0.plusSeconds(1), "review");
        projector.on(new SupplementRequestedEvent(MODEL, "rc1", "req-1", "Bổ sung hai ảnh chân dung",
                LocalDate.of(2027, 1, 15), "D198", true), 2, T0.plusSeconds(2), "review");
        assertThat(view().supplementRequest()).isEqualTo(new ModelView.SupplementRequest("rc1", "req-1",
                "Bổ sung hai ảnh chân dung", LocalDate.of(2027, 1, 15), T0.plusSeconds(2), null, false));
        assertThat(view().supplementRequest().open()).isTrue();
        assertThat(view().amendable()).isTrue();
        assertThat(view().history().get(2)).isEqualTo(new HistoryEntry(T0.plusSeconds(2),
                HistoryEntry.SUPPLEMENT_REQUESTED, "review", "D198", "Bổ sung hai ảnh chân dung"));

        projector.on(new SupplementAnsweredEvent(MODEL, "req-1", LocalDate.of(2027, 1, 16), true), 3,
                T0.plusSeconds(3), "review");
        assertThat(view().supplementRequest().open()).isFalse();
        assertThat(view().supplementRequest().answeredOn()).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(view().supplementRequest().late()).isTrue();
        assertThat(view().history()).extracting(HistoryEntry::what).endsWith(HistoryEntry.SUPPLEMENT_ANSWERED);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        register(ModelField.OTHER);
        amend(1, true);
        projector.on(new ModelWithdrawnEvent(MODEL, "c1", "W19390", "Trùng"), 2, T0.plusSeconds(2), "can-bo-01", "W19390");
        ModelView before = view();

        amend(1, true);
        projector.on(new ModelContentConfirmedEvent(MODEL, "c1", "D198"), 2, T0.plusSeconds(3), "huyen", "D198");

        assertThat(view()).isEqualTo(before);
    }

    @Test
    void anEventOfAModelNotInTheViewIsSkipped() {
        projector.on(new ModelWithdrawnEvent("unknown", "c1", "W19390", "Trùng"), 2, T0, "can-bo-01", "W19390");

        assertThat(store.views).isEmpty();
    }
}
