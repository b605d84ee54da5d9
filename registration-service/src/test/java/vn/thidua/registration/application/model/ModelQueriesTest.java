package vn.thidua.registration.application.model;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.tree.TreeJurisdiction;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.model.ModelQueries.Filter;
import vn.thidua.registration.domain.VietnameseText;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the models view on an in-memory store and tree: who sees what, filters, paging, same titles. */
class ModelQueriesTest {

    /** D198 → W19390, W19391; D200 → W20000. */
    private static final Map<String, List<String>> ANCESTORS = Map.of(
            "D198", List.of(), "W19390", List.of("D198"), "W19391", List.of("D198"),
            "D200", List.of(), "W20000", List.of("D200"));

    private final InMemoryModelViewStore store = new InMemoryModelViewStore();
    private final TreeJurisdiction jurisdiction = new TreeJurisdiction(unit -> Optional.ofNullable(ANCESTORS.get(unit)));
    private final UnitQueries tree = new UnitQueries(null, null) {
        @Override
        public Set<String> subtree(String unitId) {
            Set<String> units = new TreeSet<>();
            ANCESTORS.keySet().stream().filter(u -> jurisdiction.covers(unitId, u)).forEach(units::add);
            return units;
        }
    };
    private final ModelQueries queries = new ModelQueries(store, new AccessGuard(jurisdiction), tree);

    private ModelView model(String id, String unitId, String managingUnitId, String title, ModelField field,
                            String status, int minute) {
        ModelView view = new ModelView(id, "c1", unitId, managingUnitId, RegistrantKind.COLLECTIVE, null,
                ModelNovelty.NEW, title, VietnameseText.fold(title), field, null, null, null, null, false, null,
                false, null, false, status, null, Instant.parse("2024-03-01T08:00:00Z").plusSeconds(60L * minute),
                "u", 0, List.of(), null);
        store.save(view);
        return view;
    }

    private Caller caller;

    private void signIn(String unitId, Role... roles) {
        caller = new Caller("user", unitId, Arrays.stream(roles).map(Role::name).toList(), "corr");
    }

    /** What the query answers to the signed-in caller (none before {@link #signIn}). */
    private <T> T asCaller(Supplier<T> query) {
        if (caller == null) return query.get();
        try {
            return CurrentCaller.callAs(caller, query::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> ids(Filter filter) {
        return asCaller(() -> queries.search(filter, 0, 50)).items().stream().map(ModelView::modelId).toList();
    }

    @Test
    void anOfficerSeesTheModelsOfItsSubtreeNewestFirst() {
        model("a", "W19390", "D198", "Một", ModelField.ECONOMY, ModelView.REGISTERED, 1);
        model("b", "W19391", "D198", "Hai", ModelField.ECONOMY, ModelView.REGISTERED, 2);
        model("c", "W20000", "D200", "Ba", ModelField.ECONOMY, ModelView.REGISTERED, 3);

        signIn("D198", Role.UNIT_OFFICER);
        assertThat(ids(Filter.none())).containsExactly("b", "a");
        signIn("W19390", Role.UNIT_OFFICER);
        assertThat(ids(Filter.none())).containsExactly("a");
    }

    @Test
    void aManagingUnitOfficerAlsoSeesTheModelsItsSubtreeManages() {
        model("a", "W19390", "D198", "Một", ModelField.OTHER, ModelView.REGISTERED, 1);
        model("c", "W20000", "W19391", "Ba", ModelField.OTHER, ModelView.REGISTERED, 3);

        signIn("W19391", Role.MANAGING_UNIT_OFFICER);
        assertThat(ids(Filter.none())).containsExactly("c");
        signIn("W19391", Role.UNIT_OFFICER);
        assertThat(ids(Filter.none())).isEmpty();
    }

    @Test
    void noCallerOrNoReadingRoleSeesNothing() {
        model("a", "W19390", "D198", "Một", ModelField.ECONOMY, ModelView.REGISTERED, 1);

        assertThat(ids(Filter.none())).isEmpty();
        signIn("D198");
        assertThat(ids(Filter.none())).isEmpty();
    }

    @Test
    void filtersByCampaignUnitFieldStatusAndTitleWithoutDiacritics() {
        model("a", "W19390", "D198", "Dân vận khéo ở thôn", ModelField.ECONOMY, ModelView.REGISTERED, 1);
        model("b", "W19390", "D198", "Đường làng ngõ xóm", ModelField.OTHER, ModelView.WITHDRAWN, 2);
        model("c", "W19391", "D198", "Dân vận khéo (mới)", ModelField.ECONOMY, ModelView.REGISTERED, 3);
        signIn("D198", Role.VIEWER);

        assertThat(ids(new Filter(" c1 ", null, null, null, null))).containsExactly("c", "b", "a");
        assertThat(ids(new Filter(null, "W19390", null, null, null))).containsExactly("b", "a");
        assertThat(ids(new Filter(null, null, ModelField.OTHER, null, null))).containsExactly("b");
        assertThat(ids(new Filter(null, null, null, ModelView.REGISTERED, null))).containsExactly("c", "a");
        assertThat(ids(new Filter(null, null, null, null, "DAN VAN kheo"))).containsExactly("c", "a");
        assertThat(ids(new Filter(null, null, null, null, "khéo (mới"))).containsExactly("c");
        assertThat(ids(new Filter(null, null, null, null, "  "))).containsExactly("c", "b", "a");
    }

    @Test
    void pagesCountFromZeroAndTheSizeIsBounded() {
        for (int i = 0; i < 5; i++) model("m" + i, "W19390", "D198", "Mô hình " + i, ModelField.ECONOMY, ModelView.REGISTERED, i);
        signIn("D198", Role.VIEWER);

        var second = asCaller(() -> queries.search(Filter.none(), 1, 2));
        assertThat(second.items()).extracting(ModelView::modelId).containsExactly("m2", "m1");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.pages()).isEqualTo(3);
        var bounded = asCaller(() -> queries.search(Filter.none(), -1, 10_000));
        assertThat(bounded.page()).isZero();
        assertThat(bounded.size()).isEqualTo(ModelQueries.MAX_PAGE_SIZE);
    }

    @Test
    void oneModelIsReadOnlyWithinJurisdictionAndAnUnknownOneIsNotFound() {
        model("a", "W19390", "D198", "Một", ModelField.ECONOMY, ModelView.REGISTERED, 1);

        signIn("W19390", Role.UNIT_OFFICER);
        assertThat(asCaller(() -> queries.model("a")).modelId()).isEqualTo("a");
        assertThatThrownBy(() -> asCaller(() -> queries.model("nope"))).isInstanceOf(NotFound.class);
        signIn("W19391", Role.UNIT_OFFICER);
        assertThatThrownBy(() -> asCaller(() -> queries.model("a"))).isInstanceOf(OutsideJurisdiction.class);
    }

    @Test
    void sameTitleFindsActiveModelsOfTheUnitByFoldedTitle() {
        model("a", "W19390", "D198", "Dân vận khéo", ModelField.ECONOMY, ModelView.REGISTERED, 1);
        model("b", "W19390", "D198", "DÂN VẬN KHÉO", ModelField.ECONOMY, ModelView.WITHDRAWN, 2);
        model("c", "W19391", "D198", "Dân vận khéo", ModelField.ECONOMY, ModelView.REGISTERED, 3);

        assertThat(queries.sameTitle("c1", "W19390", "dan van  kheo")).extracting(ModelView::modelId)
                .containsExactly("a");
    }

    @Test
    void awaitingAViewReturnsWhatIsThereAfterTheTimeout() {
        model("a", "W19390", "D198", "Một", ModelField.ECONOMY, ModelView.REGISTERED, 1);

        assertThat(queries.awaitView("a", v -> v.version() >= 0, Duration.ZERO)).isPresent();
        assertThat(queries.awaitView("a", v -> v.version() >= 5, Duration.ofMillis(100)))
                .hasValueSatisfying(v -> assertThat(v.version()).isZero());
    }

    @Test
    void theHomeCountsCoverWhatTheCallerMaySeeByState() {
        model("a", "W19390", "D198", "Một", ModelField.ECONOMY, ModelView.REGISTERED, 1);
        model("b", "W19390", "D198", "Hai", ModelField.ECONOMY, ModelView.RECOGNIZED, 2);
        model("c", "W19391", "D198", "Ba", ModelField.ECONOMY, ModelView.WITHDRAWN, 3);
        ModelView other = model("d", "W19390", "D198", "Bốn", ModelField.OTHER, ModelView.REGISTERED, 4);
        store.save(other.withState(true, null, false, ModelView.REGISTERED, null));
        model("e", "W20000", "D200", "Năm", ModelField.ECONOMY, ModelView.REGISTERED, 5);

        signIn("W19390", Role.UNIT_OFFICER);
        assertThat(asCaller(queries::tally)).isEqualTo(new ModelViewStore.Tally(2, 1, 0, 1, 0));
        assertThat(asCaller(() -> queries.activeNotAmong(Set.of("a")))).isEqualTo(2);
        signIn("D198", Role.BOARD_OFFICER);
        assertThat(asCaller(queries::tally).total()).isEqualTo(4);
        signIn("D198", Role.ADMINISTRATOR);
        assertThat(asCaller(queries::tally).total()).isZero();
    }
}
