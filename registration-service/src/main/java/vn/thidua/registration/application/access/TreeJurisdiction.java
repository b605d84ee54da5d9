package vn.thidua.registration.application.access;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.registration.application.unit.UnitView;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jurisdiction from the organisation tree this service owns (cây đơn vị, the {@code units} view): a unit is
 * covered by itself and by every unit on its path to the root. The view keeps that path ({@code ancestorIds},
 * root → parent, rewritten for the whole subtree on a move), so a check is one look-up by id, no cache.
 */
public class TreeJurisdiction implements Jurisdiction {

    private final MongoTemplate mongo;

    public TreeJurisdiction(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean covers(String ancestorUnitId, String unitId) {
        if (ancestorUnitId == null || unitId == null) return false;
        if (ancestorUnitId.equals(unitId)) return true;
        Query query = Query.query(Criteria.where("_id").is(unitId));
        query.fields().include("ancestorIds");
        UnitView unit = mongo.findOne(query, UnitView.class);
        return unit != null && unit.ancestorIds() != null && unit.ancestorIds().contains(ancestorUnitId);
    }

    /** The unit and every unit below it, at any depth (closed ones too): one indexed query. */
    public Set<String> subtree(String unitId) {
        Set<String> ids = new LinkedHashSet<>();
        if (unitId == null) return ids;
        ids.add(unitId);
        Query query = Query.query(Criteria.where("ancestorIds").is(unitId));
        query.fields().include("_id");
        mongo.find(query, UnitView.class).forEach(unit -> ids.add(unit.unitId()));
        return ids;
    }
}
