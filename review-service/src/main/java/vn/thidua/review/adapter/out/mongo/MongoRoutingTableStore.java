package vn.thidua.review.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import vn.thidua.review.application.routing.RoutingTable;
import vn.thidua.review.application.routing.RoutingTableStore;

import java.time.Instant;
import java.util.Optional;

/** The routing table an administrator set, one document ({@code _id} "current") in {@code routing_table}. */
@Component
public class MongoRoutingTableStore implements RoutingTableStore {

    private static final String CURRENT = "current";

    private final MongoTemplate mongo;

    public MongoRoutingTableStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RoutingTable> load() {
        return Optional.ofNullable(mongo.findById(CURRENT, RoutingTableDocument.class)).map(RoutingTableDocument::table);
    }

    @Override
    public void save(RoutingTable table) {
        mongo.save(new RoutingTableDocument(CURRENT, table, Instant.now()));
    }

    @Document("routing_table")
    record RoutingTableDocument(@Id String id, RoutingTable table, Instant savedAt) {
    }
}
