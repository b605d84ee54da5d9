package vn.thidua.registration.application.unit;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.StateConflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reform of 2025-07-01 (sắp xếp đơn vị hành chính hai cấp): districts are abolished and communes merged.
 * Imported as one job of ordinary rows: the bundled 2025-07-01 tree, then a closing row dated 2025-07-01 for
 * every unit of the old tree the new one no longer has and everything open below it; a closed commune
 * {@code Wnnnnn} gets {@code Cnnnnn} as successor when it exists, and its villages move there. Idempotent.
 */
@Service
public class Reform2025 {

    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    static final String VILLAGE = "village";
    private static final Pattern OLD_COMMUNE = Pattern.compile("W(\\d+)");

    private final UnitImports imports;
    private final ReferenceTrees references;
    private final UnitQueries directory;

    public Reform2025(UnitImports imports, ReferenceTrees references, UnitQueries directory) {
        this.imports = imports;
        this.references = references;
        this.directory = directory;
    }

    /**
     * Queues the reform. It applies to the tree before it: without the bundled 2025-03-01 tree (none of its
     * districts is known) it is refused (409), rather than importing the new tree into a tree it was not made for.
     */
    public UnitImportJob submit() {
        imports.requireAdministrator();
        List<UnitRow> oldRows = references.rows(ReferenceTrees.BEFORE_REFORM);
        boolean oldTreePresent = oldRows.stream().filter(r -> "district".equals(r.level())).limit(3)
                .anyMatch(r -> directory.find(r.code().strip()).isPresent());
        if (!oldTreePresent) {
            throw new StateConflict("reform-needs-old-tree", ReferenceTrees.BEFORE_REFORM);
        }
        List<UnitRow> newTree = references.rows(ReferenceTrees.AFTER_REFORM);
        Set<String> oldTree = oldRows.stream().map(r -> r.code().strip()).collect(Collectors.toSet());
        return imports.submit(UnitImportJob.Kind.REFORM, "reform-2025: " + ReferenceTrees.AFTER_REFORM, "csv",
                REFORM_DAY, tree -> rows(newTree, oldTree, tree));
    }

    /**
     * The reform as import rows: the new tree, then, for every unit of the old tree that the new one no longer has
     * (each district, each commune, each province missing from the new file) and every open unit below it, a
     * closing row, except villages of a commune with a successor, which move to that commune. Villages of a
     * commune without successor close with it: no official mapping says where they went.
     *
     * @param oldTree codes of the administrative units before the reform (the bundled 2025-03-01 tree): other
     *                units, e.g. a party organisation's own tree imported with level {@code province}, are left alone
     */
    public static List<UnitRow> rows(List<UnitRow> newTree, Set<String> oldTree, Map<String, UnitView> tree) {
        Set<String> newCodes = newTree.stream().map(r -> r.code() == null ? "" : r.code().strip()).collect(Collectors.toSet());
        List<UnitView> open = tree.values().stream()
                .filter(u -> u.openOn(REFORM_DAY.minusDays(1)) && u.closedOn() == null && !newCodes.contains(u.unitId()))
                .sorted(Comparator.comparing(UnitView::unitId))
                .toList();
        Set<String> abolished = open.stream()
                .filter(u -> oldTree.contains(u.unitId()))
                .filter(u -> "district".equals(u.level()) || "commune".equals(u.level())
                        || ("province".equals(u.level()) && u.parentId() == null))
                .map(UnitView::unitId).collect(Collectors.toSet());
        Map<String, String> successors = new java.util.HashMap<>();
        for (UnitView unit : open) {
            String successor = successor(unit, newCodes);
            if (abolished.contains(unit.unitId()) && successor != null) successors.put(unit.unitId(), successor);
        }
        List<UnitRow> rows = new ArrayList<>(newTree);
        for (UnitView unit : open) {
            boolean below = unit.ancestorIds() != null && unit.ancestorIds().stream().anyMatch(abolished::contains);
            if (!abolished.contains(unit.unitId()) && !below) continue;
            if (VILLAGE.equals(unit.level()) && successors.containsKey(unit.parentId())) {
                // villages (thôn, bản, khu phố) stay: they move to the commune that took over theirs
                rows.add(UnitRow.of(unit.unitId(), successors.get(unit.parentId()), unit.level(), unit.kind(),
                        unit.name(), unit.fullName(), null, null, null, null));
            } else {
                rows.add(UnitRow.of(unit.unitId(), unit.parentId(), unit.level(), unit.kind(), unit.name(),
                        unit.fullName(), null, null, REFORM_DAY.toString(), successors.get(unit.unitId())));
            }
        }
        return rows;
    }

    private static String successor(UnitView unit, Set<String> newCodes) {
        if (!"commune".equals(unit.level())) return null;
        var match = OLD_COMMUNE.matcher(unit.unitId());
        if (!match.matches()) return null;
        String candidate = "C" + match.group(1);
        return newCodes.contains(candidate) ? candidate : null;
    }
}
