package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.application.ProjectionGenerations;
import vn.thidua.reporting.application.ProjectionWrites;
import vn.thidua.reporting.application.dashboard.ProjectionVersion;

import java.util.TreeMap;

/**
 * The projection's version: active generation, this instance's writes and the stored positions (one small read of
 * {@value MongoProjectionStore#POSITIONS}, one document per topic partition).
 */
@Component
class MongoProjectionVersion implements ProjectionVersion {

    private final MongoTemplate mongo;
    private final ProjectionGenerations generations;
    private final ProjectionWrites writes;

    MongoProjectionVersion(MongoTemplate mongo, ProjectionGenerations generations, ProjectionWrites writes) {
        this.mongo = mongo;
        this.generations = generations;
        this.writes = writes;
    }

    @Override
    public String current() {
        TreeMap<String, Object> offsets = new TreeMap<>();
        for (Document position : mongo.findAll(Document.class, MongoProjectionStore.POSITIONS)) {
            offsets.put(position.getString("_id"), position.get("offset"));
        }
        return generations.active() + "#" + writes.count() + "#" + offsets;
    }

    @Override
    public String tree() {
        Document tree = mongo.findById(MongoProjectionStore.TREE, Document.class, MongoProjectionStore.REVISIONS);
        return generations.active() + "#tree#" + (tree == null ? 0 : tree.get("revision"));
    }
}
