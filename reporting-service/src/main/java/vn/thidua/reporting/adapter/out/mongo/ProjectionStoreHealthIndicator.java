package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the projection store ({@code projectionStore} in {@code /actuator/health}): a {@code ping} of its
 * database. Replaces Boot's MongoDB indicator (switched off by {@code management.health.mongo.enabled=false}),
 * whose {@code hello} command the MongoDB stand-in of the tests and the local stack does not know.
 */
@Component
class ProjectionStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ProjectionStoreHealthIndicator(MongoTemplate mongo) {
        super("Projection store (MongoDB) health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.status(answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0 ? "UP" : "DOWN")
                .withDetail("database", mongo.getDb().getName());
    }
}
