package vn.thidua.award.application;

import org.springframework.stereotype.Component;
import vn.thidua.award.domain.catalogue.AuthorityLevel;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.platform.tree.UnitLookup;
import vn.thidua.platform.tree.UnitNode;

import java.util.List;
import java.util.Optional;

/**
 * A council's level of authority, from its unit's kind as the catalogue's levels name them, and the council above
 * a round's that holds a form's level: the nearest ancestor unit of at least that level.
 */
@Component
public class CouncilLevels {

    private final UnitLookup tree;

    public CouncilLevels(UnitLookup tree) {
        this.tree = tree;
    }

    public Optional<AuthorityLevel> levelOf(String unitId, AwardCatalogue catalogue) {
        return tree.find(unitId).map(UnitNode::kind).flatMap(catalogue::levelOfUnitKind);
    }

    /** The nearest ancestor of {@code unitId} whose level ranks at least {@code rank}; null when there is none. */
    public String higherCouncil(String unitId, int rank, AwardCatalogue catalogue) {
        List<String> ancestors = tree.ancestorsOf(unitId).orElse(List.of());
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            String ancestor = ancestors.get(i);
            if (levelOf(ancestor, catalogue).map(l -> l.rank() >= rank).orElse(false)) return ancestor;
        }
        return null;
    }

    /** The root of the tree above {@code unitId} (the unit itself when it has no known parent). */
    public String rootOf(String unitId) {
        return tree.ancestorsOf(unitId).filter(a -> !a.isEmpty()).map(a -> a.get(0)).orElse(unitId);
    }
}
