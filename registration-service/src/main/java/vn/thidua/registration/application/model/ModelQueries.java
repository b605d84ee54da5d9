package vn.thidua.registration.application.model;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.ModelField;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.domain.VietnameseText;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
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

    private final MongoTemplate mongo;
    private final AccessGuard guard;
    private final UnitQueries tree;

    @Autowired
    public ModelQueries(MongoTemplate mongo, AccessGuard guard, UnitQueries tree) {
        this.mongo = mongo;
        this.guard = guard;
        this.tree = tree;
    }

    /** For tests of the look-ups alone: no access checks are possible without a guard. */
    ModelQueries(MongoTemplate mongo) {
        this(mongo, null, null);
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
        return modelId == null || modelId.isBlank() ? Optional.empty()
                : Optional.ofNullable(mongo.findById(modelId.strip(), ModelView.class));
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
        Criteria criteria = new Criteria();
        if (present(filter.campaignId())) criteria = criteria.and("campaignId").is(filter.campaignId().strip());
        if (present(filter.unitId())) criteria = criteria.and("unitId").is(filter.unitId().strip());
        if (filter.field() != null) criteria = criteria.and("field").is(filter.field().name());
        if (present(filter.status())) criteria = criteria.and("status").is(filter.status().strip());
        String folded = VietnameseText.fold(filter.q());
        if (!folded.isEmpty()) criteria = criteria.and("titleFolded").regex(literal(folded));
        Criteria visible = visible();
        if (visible != null) criteria = new Criteria().andOperator(criteria, visible);
        Query query = Query.query(criteria);
        long total = mongo.count(query, ModelView.class);
        List<ModelView> items = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("_id")))
                .skip((long) safePage * safeSize).limit(safeSize), ModelView.class);
        return new ModelPage(items, safePage, safeSize, total);
    }

    /**
     * What the current caller may see of the list (null: everything, for the service itself): models of the
     * caller's subtree, and for a managing-unit officer also the models its subtree manages. One query on the
     * tree for the subtree's unit ids, then an indexed filter, so paging and totals stay right.
     */
    private Criteria visible() {
        Caller caller = CurrentCaller.get().orElse(null);
        if (caller == null) return Criteria.where("_id").in(List.of());
        if (guard.allows(null, READERS)) return null; // only the service itself (a system caller) is allowed "no unit"
        boolean reads = Arrays.stream(READERS).anyMatch(role -> caller.roles().contains(role.name()));
        if (!reads || caller.unitId() == null) return Criteria.where("_id").in(List.of());
        Set<String> units = tree.subtree(caller.unitId());
        Criteria own = Criteria.where("unitId").in(units);
        if (!caller.roles().contains(Role.MANAGING_UNIT_OFFICER.name())) return own;
        return new Criteria().orOperator(own, Criteria.where("managingUnitId").in(units));
    }

    /** Models of the unit in the campaign whose title folds to the same text and that are not withdrawn. */
    public List<ModelView> sameTitle(String campaignId, String unitId, String title) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId).and("unitId").is(unitId)
                        .and("titleFolded").is(VietnameseText.fold(title)).and("status").ne(ModelView.WITHDRAWN)),
                ModelView.class);
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

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The folded text as a regular expression matching itself (folded text is [a-z0-9 ] and punctuation). */
    static String literal(String folded) {
        StringBuilder pattern = new StringBuilder();
        for (char c : folded.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != ' ') pattern.append('\\');
            pattern.append(c);
        }
        return pattern.toString();
    }
}
