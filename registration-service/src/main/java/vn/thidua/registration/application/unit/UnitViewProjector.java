package vn.thidua.registration.application.unit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.unit.UnitClosedEvent;
import vn.thidua.registration.domain.unit.UnitMovedEvent;
import vn.thidua.registration.domain.unit.UnitOpenedEvent;
import vn.thidua.registration.domain.unit.UnitReclassifiedEvent;
import vn.thidua.registration.domain.unit.UnitRenamedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code units} view (cây đơn vị). Replay-safe: an opening writes the whole document, every other
 * event sets fields to the values it carries. {@code ancestorIds} (root → parent) is copied from the parent's
 * document when a unit opens, and a move rewrites it for the unit and its whole subtree. Units are opened
 * parents first (the import orders its rows so), hence a parent's document exists when its child's opening
 * is projected: this processor runs in one thread, in the order of the event store.
 */
@Component
@ProcessingGroup(UnitViewProjector.PROCESSING_GROUP)
public class UnitViewProjector {

    public static final String PROCESSING_GROUP = "unit-views";

    private final MongoTemplate mongo;

    public UnitViewProjector(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(UnitView.class);
        indexes.ensureIndex(new Index().on("parentId", org.springframework.data.domain.Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("ancestorIds", org.springframework.data.domain.Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("level", org.springframework.data.domain.Sort.Direction.ASC));
    }

    @EventHandler
    void on(UnitOpenedEvent event) {
        mongo.save(new UnitView(event.unitId(), event.parentId(), ancestorsBelow(event.parentId()), event.kind(),
                event.level(), event.name(), event.fullName(), VietnameseText.fold(event.name()),
                event.groups() == null ? List.of() : event.groups(), event.openedOn(), null, null));
    }

    @EventHandler
    void on(UnitRenamedEvent event) {
        mongo.updateFirst(byId(event.unitId()), new Update().set("name", event.name())
                .set("fullName", event.fullName()).set("nameFolded", VietnameseText.fold(event.name())), UnitView.class);
    }

    @EventHandler
    void on(UnitReclassifiedEvent event) {
        mongo.updateFirst(byId(event.unitId()), new Update().set("kind", event.kind()).set("level", event.level())
                .set("groups", event.groups() == null ? List.of() : event.groups()), UnitView.class);
    }

    @EventHandler
    void on(UnitClosedEvent event) {
        mongo.updateFirst(byId(event.unitId()), new Update().set("closedOn", event.closedOn())
                .set("successorId", event.successorId()), UnitView.class);
    }

    /** The unit and every unit below it get the new chain of ancestors. */
    @EventHandler
    void on(UnitMovedEvent event) {
        List<String> ancestors = ancestorsBelow(event.toParentId());
        mongo.updateFirst(byId(event.unitId()), new Update().set("parentId", event.toParentId())
                .set("ancestorIds", ancestors), UnitView.class);
        List<UnitView> subtree = mongo.find(Query.query(Criteria.where("ancestorIds").is(event.unitId())), UnitView.class);
        if (subtree.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitView.class);
        for (UnitView descendant : subtree) {
            List<String> old = descendant.ancestorIds();
            List<String> rewritten = new ArrayList<>(ancestors);
            rewritten.addAll(old.subList(old.indexOf(event.unitId()), old.size()));
            bulk.updateOne(byId(descendant.unitId()), new Update().set("ancestorIds", rewritten));
        }
        bulk.execute();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(UnitView.class);
    }

    /** Root → parent: the parent's ancestors followed by the parent (just the parent if it is not known yet). */
    private List<String> ancestorsBelow(String parentId) {
        if (parentId == null) return List.of();
        UnitView parent = mongo.findById(parentId, UnitView.class);
        List<String> ancestors = new ArrayList<>(parent == null || parent.ancestorIds() == null ? List.of() : parent.ancestorIds());
        ancestors.add(parentId);
        return ancestors;
    }

    private static Query byId(String unitId) {
        return Query.query(Criteria.where("_id").is(unitId));
    }
}
