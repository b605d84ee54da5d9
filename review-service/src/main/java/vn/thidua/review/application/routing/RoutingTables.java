package vn.thidua.review.application.routing;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;

import java.time.LocalDate;
import vn.thidua.platform.tree.UnitNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.thidua.review.application.access.ReviewAccess.ROUTERS;
import static vn.thidua.review.application.access.ReviewAccess.ROUTING_ADMINISTRATORS;

/**
 * The routing table in force: the one an administrator set, else the bundled one. Routes registering units with
 * it; an administrator reads it and replaces it with a valid one.
 */
@Service
public class RoutingTables {

    private final RoutingTableStore store;
    private final OrganisationTree tree;
    private final AccessGuard guard;
    private volatile RoutingTable current;

    public RoutingTables(RoutingTableStore store, BundledRoutingTable bundled, OrganisationTree tree,
                         AccessGuard guard) {
        this.store = store;
        this.tree = tree;
        this.guard = guard;
        this.current = store.load().orElseGet(bundled::table);
        check(current);
    }

    public RouteResult route(String unitId, String managingUnitId, LocalDate day) {
        return new Router(current, tree).route(unitId, managingUnitId, day);
    }

    /**
     * Units that can be an authority, as a board officer picks one to route a case by hand: open units in the
     * caller's reach whose kind is an administrative level's or the party committee's.
     */
    public List<UnitNode> authorityUnits() {
        guard.requireRole(ROUTERS);
        return tree.ofKinds(authorityKinds()).stream().filter(u -> guard.allows(u.unitId(), ROUTERS)).toList();
    }

    /** Whether a unit's kind lets it be an authority (an administrative level's or the party committee's). */
    public boolean canBeAuthority(UnitNode unit) {
        return !unit.closed() && authorityKinds().contains(unit.kind());
    }

    private Set<String> authorityKinds() {
        RoutingTable table = current;
        Set<String> kinds = new HashSet<>();
        table.levels().forEach(level -> kinds.addAll(level.kinds()));
        if (table.partyCommitteeKind() != null) kinds.add(table.partyCommitteeKind());
        return kinds;
    }

    public RoutingTable table() {
        guard.requireRole(ROUTING_ADMINISTRATORS);
        return current;
    }

    public RoutingTable replace(RoutingTable table) {
        guard.requireRole(ROUTING_ADMINISTRATORS);
        check(table);
        store.save(table);
        current = table;
        return table;
    }

    /** Refuses a table the router could not follow, naming every field at fault. */
    static void check(RoutingTable table) {
        List<FieldIssue> issues = new ArrayList<>();
        if (table == null) throw new InvalidInput(FieldIssue.of("entries", "required"));
        Set<String> levels = table.levels() == null ? Set.of() : table.levels().stream()
                .filter(l -> l != null && l.level() != null && !l.level().isBlank() && l.kinds() != null
                        && !l.kinds().isEmpty())
                .map(RoutingTable.Level::level).collect(Collectors.toSet());
        if (table.levels() == null || table.levels().isEmpty() || levels.size() != table.levels().size()) {
            issues.add(FieldIssue.of("levels", "routing-levels"));
        }
        if (blank(table.partyCommitteeKind())) issues.add(FieldIssue.of("partyCommitteeKind", "required"));
        if (table.partyKinds() == null || table.partyKinds().isEmpty()) {
            issues.add(FieldIssue.of("partyKinds", "required"));
        }
        if (table.entries() == null || table.entries().isEmpty()) {
            issues.add(FieldIssue.of("entries", "required"));
        } else {
            for (int i = 0; i < table.entries().size(); i++) {
                RoutingTable.Entry e = table.entries().get(i);
                String at = "entries[" + i + "]";
                if (e == null) {
                    issues.add(FieldIssue.of(at, "required"));
                    continue;
                }
                if (e.rule() < 1 || e.rule() > 6) issues.add(FieldIssue.of(at + ".rule", "routing-rule"));
                if (e.unitKinds() == null || e.unitKinds().isEmpty() || e.unitKinds().stream().anyMatch(Router::blank)) {
                    issues.add(FieldIssue.of(at + ".unitKinds", "required"));
                }
                if (e.within() != null && !levels.contains(e.within())) {
                    issues.add(FieldIssue.of(at + ".within", "routing-level-unknown", e.within()));
                }
                if (e.authority() == null) {
                    issues.add(FieldIssue.of(at + ".authority", "required"));
                } else if ((e.authority() == AuthorityRule.LEVEL || e.authority() == AuthorityRule.PARTY_COMMITTEE)
                        && !levels.contains(e.authorityLevel())) {
                    issues.add(FieldIssue.of(at + ".authorityLevel", "routing-level-unknown", e.authorityLevel()));
                }
                if (e.validFrom() != null && e.validTo() != null && e.validTo().isBefore(e.validFrom())) {
                    issues.add(FieldIssue.of(at + ".validTo", "routing-dates"));
                }
                if (blank(e.description())) issues.add(FieldIssue.of(at + ".description", "required"));
            }
        }
        if (!issues.isEmpty()) throw new InvalidInput("routing-table-invalid", issues);
    }

    private static boolean blank(String value) {
        return Router.blank(value);
    }
}
