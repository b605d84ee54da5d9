package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.platform.tree.UnitAncestry;
import vn.thidua.registration.application.unit.UnitStore;
import vn.thidua.registration.application.unit.UnitView;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code units} view in MongoDB, one document per unit ({@code _id} = its code), indexed by parent, ancestors
 * and level. It answers jurisdiction too: a unit's ancestors are one look-up by id.
 */
@Component
public class MongoUnitStore implements UnitStore, UnitAncestry {

    public static final String COLLECTION = "units";

    private final MongoTemplate mongo;
    private final RecordDocuments<UnitView> units;

    public MongoUnitStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.units = new RecordDocuments<>(mongo, UnitView.class, COLLECTION, "unitId");
        var indexes = mongo.indexOps(COLLECTION);
        for (String field : List.of("parentId", "ancestorIds", "level")) {
            indexes.ensureIndex(new Index().on(field, Sort.Direction.ASC));
        }
    }

    @Override
    public Optional<List<String>> ancestorsOf(String unitId) {
        if (unitId == null) return Optional.empty();
        Query query = RecordDocuments.byId(unitId);
        query.fields().include("ancestorIds");
        Document unit = mongo.findOne(query, Document.class, COLLECTION);
        if (unit == null) return Optional.empty();
        List<String> ancestors = unit.getList("ancestorIds", String.class);
        return Optional.of(ancestors == null ? List.of() : List.copyOf(ancestors));
    }

    @Override
    public Optional<UnitView> find(String unitId) {
        return units.findById(unitId);
    }

    @Override
    public List<UnitView> findAll(Collection<String> unitIds) {
        return units.find(Query.query(Criteria.where("_id").in(unitIds)));
    }

    @Override
    public List<UnitView> children(String parentId) {
        Criteria parent = Criteria.where("parentId");
        return units.find(Query.query(parentId == null ? parent.isNull() : parent.is(parentId)));
    }

    @Override
    public List<UnitView> below(String unitId) {
        return units.find(Query.query(Criteria.where("ancestorIds").is(unitId)));
    }

    @Override
    public List<String> idsBelow(String unitId) {
        Query query = Query.query(Criteria.where("ancestorIds").is(unitId));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public long countBelow(String unitId) {
        return mongo.count(Query.query(Criteria.where("ancestorIds").is(unitId)), COLLECTION);
    }

    @Override
    public List<UnitView> withFoldedNameContaining(String folded, int limit) {
        return units.find(Query.query(Criteria.where("nameFolded").regex(Pattern.quote(folded))).limit(limit));
    }

    @Override
    public List<UnitView> all() {
        return units.find(new Query());
    }

    @Override
    public void save(UnitView unit) {
        units.save(unit);
    }

    @Override
    public void saveAll(Collection<UnitView> all) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (UnitView unit : all) {
            bulk.replaceOne(RecordDocuments.byId(unit.unitId()), units.write(unit));
        }
        bulk.execute();
    }

    @Override
    public void deleteAll() {
        mongo.dropCollection(COLLECTION);
    }
}
