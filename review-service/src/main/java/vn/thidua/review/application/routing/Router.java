package vn.thidua.review.application.routing;

import vn.thidua.platform.tree.UnitNode;
import vn.thidua.review.domain.Routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Thẩm quyền công nhận: finds the competent authority of a registering unit with a routing table, on the
 * organisation tree, for a day. Pure: the tree and the table are given.
 */
public final class Router {

    private final RoutingTable table;
    private final OrganisationTree tree;

    public Router(RoutingTable table, OrganisationTree tree) {
        this.table = table;
        this.tree = tree;
    }

    public RouteResult route(String unitId, String managingUnitId, LocalDate day) {
        Optional<UnitNode> found = tree.find(unitId);
        if (found.isEmpty()) {
            return RouteResult.unrouted("Đơn vị " + unitId + " chưa có trong cây đơn vị của dịch vụ xét công nhận.");
        }
        UnitNode unit = found.get();
        List<UnitNode> ancestors = ancestors(unit);
        String within = ancestors.stream().map(this::levelOf).filter(l -> l != null).findFirst().orElse(null);
        boolean party = tree.children(unit.unitId()).stream().anyMatch(c -> table.partyKinds().contains(c.kind()));
        for (RoutingTable.Entry entry : table.entries()) {
            if (!entry.validOn(day) || !entry.unitKinds().contains(unit.kind())) continue;
            if (entry.within() != null && !entry.within().equals(within)) continue;
            if (entry.partyOrganisation() != null && entry.partyOrganisation() != party) continue;
            Optional<UnitNode> authority = authority(entry, unit, ancestors, managingUnitId);
            if (authority.isEmpty()) {
                return RouteResult.unrouted("Quy tắc " + entry.rule() + " (" + entry.description() + ") áp dụng cho "
                        + describe(unit, within) + " nhưng cây đơn vị không có cấp có thẩm quyền ("
                        + entry.authority() + (entry.authorityLevel() == null ? "" : " " + entry.authorityLevel())
                        + ").");
            }
            UnitNode to = authority.get();
            return RouteResult.routed(new Routing(to.unitId(), entry.rule(), "Quy tắc " + entry.rule() + ": "
                    + entry.description() + " Đơn vị đăng ký: " + describe(unit, within) + "; cấp có thẩm quyền: "
                    + to.name() + " (" + to.unitId() + "). Bảng định tuyến áp dụng ngày " + day + "."));
        }
        return RouteResult.unrouted("Không quy tắc nào của bảng định tuyến áp dụng ngày " + day + " khớp với "
                + describe(unit, within) + ".");
    }

    private Optional<UnitNode> authority(RoutingTable.Entry entry, UnitNode unit, List<UnitNode> ancestors,
                                         String managingUnitId) {
        return switch (entry.authority()) {
            case SELF -> Optional.of(unit);
            case MANAGING_UNIT -> tree.find(managingUnitId).filter(u -> !u.unitId().equals(unit.unitId()))
                    .or(() -> ancestors.stream().findFirst());
            case LEVEL -> ancestors.stream().filter(a -> entry.authorityLevel().equals(levelOf(a))).findFirst();
            case PARTY_COMMITTEE -> {
                List<UnitNode> selfAndAncestors = new ArrayList<>();
                selfAndAncestors.add(unit);
                selfAndAncestors.addAll(ancestors);
                yield selfAndAncestors.stream().filter(a -> entry.authorityLevel().equals(levelOf(a))).findFirst()
                        .flatMap(level -> tree.children(level.unitId()).stream()
                                .filter(c -> !c.closed() && table.partyCommitteeKind().equals(c.kind()))
                                .findFirst());
            }
        };
    }

    /** The administrative level of a unit by its kind (the first level only for a root), or null. */
    String levelOf(UnitNode node) {
        List<RoutingTable.Level> levels = table.levels();
        for (int i = node.parentId() == null ? 0 : 1; i < levels.size(); i++) {
            if (levels.get(i).kinds().contains(node.kind())) return levels.get(i).level();
        }
        return null;
    }

    /** Parent first, bounded like {@link vn.thidua.platform.tree.UnitLookup#ancestorsOf}. */
    private List<UnitNode> ancestors(UnitNode unit) {
        List<UnitNode> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(unit.unitId()));
        String parent = unit.parentId();
        while (parent != null && seen.add(parent) && ancestors.size() < OrganisationTree.MAX_DEPTH) {
            Optional<UnitNode> known = tree.find(parent);
            if (known.isEmpty()) break;
            ancestors.add(known.get());
            parent = known.get().parentId();
        }
        return ancestors;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String describe(UnitNode unit, String within) {
        return (unit.name() == null ? unit.unitId() : unit.name()) + " (" + unit.unitId() + ", loại " + unit.kind()
                + (within == null ? "" : ", thuộc cấp " + within) + ")";
    }
}
