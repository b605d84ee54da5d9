package vn.thidua.platform.tree;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.contracts.UnitReclassified;
import vn.thidua.contracts.UnitRenamed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A copy of the organisation tree kept by a service that does not own it, from the unit events registration
 * publishes on {@code thidua.registration}; the service never asks registration. One document per unit in
 * {@value #COLLECTION} ({@code _id}, {@code parentId}, {@code kind}, {@code name}, {@code closed}). Every change is
 * an upsert that gives the same result again, so a redelivered event changes nothing; a unit's events share its
 * Kafka key, so they arrive in order.
 */
public class TreeCopy implements UnitLookup {

    public static final String COLLECTION = "unit_tree";

    private static final Logger log = LoggerFactory.getLogger(TreeCopy.class);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> units;

    public TreeCopy(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
        // children(parent) on every routing and jurisdiction question: by index, not by a scan (idempotent)
        this.units.createIndex(Indexes.ascending("parentId"));
    }

    /**
     * Applies a unit event to the copy.
     *
     * @return true when {@code event} was a unit event (applied), false for any other event (left alone)
     */
    public boolean apply(IntegrationEvent event) {
        if (event instanceof UnitOpened e) {
            // only fills what the copy lacks: a redelivered opening cannot undo a later move or rename
            upsert(e.unitId(), Updates.combine(
                    Updates.setOnInsert("parentId", e.parentId()),
                    Updates.setOnInsert("kind", e.kind()),
                    Updates.setOnInsert("name", e.name()),
                    Updates.setOnInsert("closed", false)));
            return true;
        }
        if (event instanceof UnitMoved e) {
            upsert(e.unitId(), Updates.set("parentId", e.toParentId()));
            return true;
        }
        if (event instanceof UnitRenamed e) {
            upsert(e.unitId(), Updates.set("name", e.name()));
            return true;
        }
        if (event instanceof UnitClosed e) {
            upsert(e.unitId(), Updates.set("closed", true));
            return true;
        }
        if (event instanceof UnitReclassified e) {
            upsert(e.unitId(), Updates.set("kind", e.kind()));
            return true;
        }
        return false;
    }

    private void upsert(String unitId, Bson update) {
        if (unitId == null || unitId.isBlank()) throw new IllegalArgumentException("A unit event without a unit id");
        UpdateResult result = units.updateOne(Filters.eq("_id", unitId), update, UPSERT);
        if (result.getUpsertedId() != null) log.debug("Unit {} entered the tree copy", unitId);
    }

    @Override
    public Optional<UnitNode> find(String unitId) {
        if (unitId == null) return Optional.empty();
        Document document = units.find(Filters.eq("_id", unitId)).limit(1).first();
        return Optional.ofNullable(document).map(TreeCopy::node);
    }

    /** The units directly under {@code parentId}. */
    public List<UnitNode> children(String parentId) {
        List<UnitNode> children = new ArrayList<>();
        units.find(Filters.eq("parentId", parentId)).forEach(document -> children.add(node(document)));
        return children;
    }

    /** How many units the copy holds. */
    public long size() {
        return units.countDocuments();
    }

    private static UnitNode node(Document document) {
        return new UnitNode(document.getString("_id"), document.getString("parentId"), document.getString("kind"),
                document.getString("name"), Boolean.TRUE.equals(document.getBoolean("closed")));
    }
}
