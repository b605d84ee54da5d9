package vn.thidua.registration.application.model;

import org.springframework.stereotype.Service;
import vn.thidua.contracts.ModelField;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.model.ModelViewStore.Scope;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.domain.VietnameseText;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads the models view: one model, a filtered page of models, same-title models of a unit. */
@Service
public class ModelQueries {

    public static final int MAX_PAGE_SIZE = 200;

    /** Who reads models and dossiers: over the model's unit (a managing-unit officer also over its managing unit). */
    public static final Role[] READERS = {Role.UNIT_OFFICER, Role.MANAGING_UNIT_OFFICER, Role.RECOGNISING_AUTHORITY,
            Role.COUNCIL_MEMBER, Role.BOARD_OFFICER, Role.VIEWER};
    /** How long a change waits for the view of a model registered just before (the view follows asynchronously). */
    private static final Duration VIEW_WAIT = Duration.ofSeconds(3);

    private final ModelViewStore views;
    private final AccessGuard guard;
    private final UnitQueries tree;

    public ModelQueries(ModelViewStore views, AccessGuard guard, UnitQueries tree) {
        this.views = views;
        this.guard = guard;
        this.tree = tree;
    }

    /**
     * One model, for a caller who may read it: 403 outside the caller's subtree (before anything is said about
     * the model), 404 only to a caller with a reading role.
     */
    public ModelView model(String modelId) {
        guard.requireRole(READERS);
        ModelView view = find(modelId).orElseThrow(() -> new NotFound("mô hình", "model", modelId));
        requireReadable(view);
        return view;
    }

    /** Whether the current caller may read the model: over its unit, or as managing-unit officer over its managing unit. */
    public boolean readable(ModelView view) {
        return guard.allows(view.unitId(), READERS)
                || guard.allows(view.managingUnitId(), Role.MANAGING_UNIT_OFFICER);
    }

    public void requireReadable(ModelView view) {
        if (!readable(view)) throw new OutsideJurisdiction("unit");
    }

    /**
     * The model about to be changed, once the caller is known to hold one of {@code roles} over the unit
     * {@code unitOf} names (the model's own unit, or its managing unit). A model registered a moment ago is waited
     * for briefly; one that does not exist is a 404 to callers with the role.
     */
    public ModelView forChange(String modelId, Function<ModelView, String> unitOf, Role... roles) {
        guard.requireRole(roles);
        Optional<ModelView> view = find(modelId);
        if (view.isEmpty() && modelId != null && !modelId.isBlank()) view = awaitView(modelId, v -> true, VIEW_WAIT);
        ModelView model = view.orElseThrow(() -> new NotFound("mô hình", "model", modelId));
        guard.require(unitOf.apply(model), roles);
        return model;
    }

    public Optional<ModelView> find(String modelId) {
        return modelId == null || modelId.isBlank() ? Optional.empty() : views.find(modelId.strip());
    }

    /**
     * What a filter of the list asks for; every part optional. {@code q} matches titles without regard to
     * diacritics or case ("dan van kheo" finds "Dân vận khéo").
     */
    public record Filter(String campaignId, String unitId, ModelField field, String status, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of models, newest first; {@code page} counts from 0. */
    public record ModelPage(List<ModelView> items, int page, int size, long total) {
        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    public ModelPage search(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        String folded = VietnameseText.fold(filter.q());
        ModelViewStore.Page found = views.page(new ModelViewStore.Filter(strip(filter.campaignId()),
                strip(filter.unitId()), filter.field(), strip(filter.status()), folded.isEmpty() ? null : folded),
                visible(), safePage, safeSize);
        return new ModelPage(found.items(), safePage, safeSize, found.total());
    }

    /**
     * What the current caller may see of the list: everything only for the service itself (a system caller);
     * else the models of the caller's subtree, and for a managing-unit officer also those its subtree manages.
     */
    private Scope visible() {
        Caller caller = CurrentCaller.get().orElse(null);
        if (caller == null) return Scope.NONE;
        if (guard.allows(null, READERS)) return Scope.ALL;
        boolean reads = Arrays.stream(READERS).anyMatch(role -> caller.roles().contains(role.name()));
        if (!reads || caller.unitId() == null) return Scope.NONE;
        return new Scope(false, tree.subtree(caller.unitId()),
                caller.roles().contains(Role.MANAGING_UNIT_OFFICER.name()));
    }

    /** The home page's counts over what the current caller may see of the list. */
    public ModelViewStore.Tally tally() {
        return views.tally(visible());
    }

    /** How many models the current caller may see are not withdrawn and not among {@code modelIds}. */
    public long activeNotAmong(java.util.Set<String> modelIds) {
        return views.activeNotAmong(visible(), modelIds);
    }

    /** Models of the unit in the campaign whose title folds to the same text and that are not withdrawn. */
    public List<ModelView> sameTitle(String campaignId, String unitId, String title) {
        return views.sameTitle(campaignId, unitId, VietnameseText.fold(title));
    }

    /**
     * Waits (bounded) until the view shows a change that was just made, so a page shown right after a command
     * reads its own write. The view is built asynchronously; after {@code timeout} the page shows what is there.
     */
    public Optional<ModelView> awaitView(String modelId, Predicate<ModelView> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ModelView> view = find(modelId);
        while (!view.map(ready::test).orElse(false) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = find(modelId);
        }
        return view;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
