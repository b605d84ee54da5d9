package vn.thidua.registration.application.unit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.registration.domain.VietnameseText;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the organisation tree (cây đơn vị) from the {@code units} view: one unit, its ancestors, the units
 * directly below it that are open on a day, the roots, a diacritic-insensitive search by name, subtree sizes.
 * Lists are sorted by name in Vietnamese alphabetical order.
 */
@Service
public class UnitTree {

    /** Dates of the tree are Vietnamese calendar days. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int MAX_SEARCH = 200;

    private final MongoTemplate mongo;

    public UnitTree(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public UnitView unit(String unitId) {
        UnitView unit = unitId == null ? null : mongo.findById(unitId, UnitView.class);
        if (unit == null) throw new NotFound("đơn vị", "unit", unitId);
        return unit;
    }

    public java.util.Optional<UnitView> find(String unitId) {
        return unitId == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(mongo.findById(unitId, UnitView.class));
    }

    /** The unit's ancestors from the root down to its parent (those the view knows). */
    public List<UnitView> ancestors(UnitView unit) {
        if (unit.ancestorIds() == null || unit.ancestorIds().isEmpty()) return List.of();
        Map<String, UnitView> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(unit.ancestorIds())), UnitView.class)
                .forEach(u -> found.put(u.unitId(), u));
        return unit.ancestorIds().stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Units directly below {@code parentId} that are open on {@code on} (every one, closed too, when on is null). */
    public List<UnitView> children(String parentId, LocalDate on) {
        return openSorted(mongo.find(Query.query(Criteria.where("parentId").is(parentId)), UnitView.class), on);
    }

    /** Units without a parent (provinces and cities, or the top of another tree), open on {@code on}. */
    public List<UnitView> roots(LocalDate on) {
        return openSorted(mongo.find(Query.query(Criteria.where("parentId").isNull()), UnitView.class), on);
    }

    /**
     * Units whose name contains the query, ignoring case and diacritics ("vinh linh" finds "Vĩnh Linh"), open on
     * {@code on} (any, when null), at most {@code limit}. Units whose name starts with the query come first.
     */
    public List<UnitView> search(String query, LocalDate on, int limit) {
        String folded = VietnameseText.fold(query);
        if (folded.isEmpty()) return List.of();
        int max = Math.max(1, Math.min(limit, MAX_SEARCH));
        List<UnitView> found = mongo.find(Query.query(Criteria.where("nameFolded").regex(Pattern.quote(folded)))
                .limit(max * 10), UnitView.class);
        Comparator<UnitView> startsFirst = Comparator.comparing(u -> u.nameFolded() == null || !u.nameFolded().startsWith(folded));
        return found.stream().filter(u -> on == null || u.openOn(on))
                .sorted(startsFirst.thenComparing(byName()))
                .limit(max).toList();
    }

    /** How many units are below this one, at any depth (closed ones included). */
    public long subtreeSize(String unitId) {
        return mongo.count(Query.query(Criteria.where("ancestorIds").is(unitId)), UnitView.class);
    }

    /** How many units a level has, open on the day (any, when null). */
    public long countAtLevel(String level, LocalDate on) {
        return mongo.find(Query.query(Criteria.where("level").is(level)), UnitView.class).stream()
                .filter(u -> on == null || u.openOn(on)).count();
    }

    private static List<UnitView> openSorted(List<UnitView> units, LocalDate on) {
        return units.stream().filter(u -> on == null || u.openOn(on)).sorted(byName()).toList();
    }

    public static Comparator<UnitView> byName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return Comparator.comparing((UnitView u) -> u.name() == null ? "" : u.name(), collator)
                .thenComparing(UnitView::unitId);
    }
}
