package vn.thidua.reporting.adapter.out.mongo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the projection's indexes at start-up (idempotent). */
@Component
class MongoIndexes implements ApplicationRunner {

    private final MongoProjectionStore store;
    private final MongoModelHistory history;

    MongoIndexes(MongoProjectionStore store, MongoModelHistory history) {
        this.store = store;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.ensureIndexes();
        history.ensureIndexes();
    }
}
