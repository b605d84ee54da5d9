package vn.thidua.registration.application.unit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.unit.UnitClosedEvent;
import vn.thidua.registration.domain.unit.UnitMovedEvent;
import vn.thidua.registration.domain.unit.UnitOpenedEvent;
import vn.thidua.registration.domain.unit.UnitReclassifiedEvent;
import vn.thidua.registration.domain.unit.UnitRenamedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the {@code units} view (cây đơn vị). Replay-safe: an opening writes the whole unit, every other event
 * sets fields to the values it carries. {@code ancestorIds} (root → parent) is copied from the parent when a unit
 * opens (imports open parents first), and a move rewrites it for the unit and its whole subtree. One thread, in
 * the order of the event store.
 */
@Component
@ProcessingGroup(UnitViewProjector.PROCESSING_GROUP)
public class UnitViewProjector {

    public static final String PROCESSING_GROUP = "unit-views";

    private final UnitStore units;

    public UnitViewProjector(UnitStore units) {
        this.units = units;
    }

    @EventHandler
    void on(UnitOpenedEvent event) {
        units.save(new UnitView(event.unitId(), event.parentId(), ancestorsBelow(event.parentId()), event.kind(),
                event.level(), event.name(), event.fullName(), VietnameseText.fold(event.name()),
                nonNull(event.groups()), event.openedOn(), null, null));
    }

    @EventHandler
    void on(UnitRenamedEvent event) {
        update(event.unitId(), u -> u.renamed(event.name(), event.fullName(), VietnameseText.fold(event.name())));
    }

    @EventHandler
    void on(UnitReclassifiedEvent event) {
        update(event.unitId(), u -> u.reclassified(event.kind(), event.level(), nonNull(event.groups())));
    }

    @EventHandler
    void on(UnitClosedEvent event) {
        update(event.unitId(), u -> u.closed(event.closedOn(), event.successorId()));
    }

    /** The unit and every unit below it get the new chain of ancestors. */
    @EventHandler
    void on(UnitMovedEvent event) {
        List<String> ancestors = ancestorsBelow(event.toParentId());
        update(event.unitId(), u -> u.placed(event.toParentId(), ancestors));
        List<UnitView> rewritten = new ArrayList<>();
        for (UnitView descendant : units.below(event.unitId())) {
            List<String> old = descendant.ancestorIds();
            List<String> chain = new ArrayList<>(ancestors);
            chain.addAll(old.subList(old.indexOf(event.unitId()), old.size()));
            rewritten.add(descendant.placed(descendant.parentId(), chain));
        }
        if (!rewritten.isEmpty()) units.saveAll(rewritten);
    }

    @ResetHandler
    void reset() {
        units.deleteAll();
    }

    /** Root → parent: the parent's ancestors followed by the parent (just the parent if it is not known yet). */
    private List<String> ancestorsBelow(String parentId) {
        if (parentId == null) return List.of();
        List<String> ancestors = new ArrayList<>(units.find(parentId)
                .map(UnitView::ancestorIds).filter(java.util.Objects::nonNull).orElse(List.of()));
        ancestors.add(parentId);
        return ancestors;
    }

    private void update(String unitId, UnaryOperator<UnitView> change) {
        units.find(unitId).map(change).ifPresent(units::save);
    }

    private static List<String> nonNull(List<String> groups) {
        return groups == null ? List.of() : groups;
    }
}
