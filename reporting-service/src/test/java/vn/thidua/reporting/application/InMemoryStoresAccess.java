package vn.thidua.reporting.application;

import java.util.ArrayList;
import java.util.List;

/** The in-memory projection, for tests outside this package. */
public final class InMemoryStoresAccess {

    private final InMemoryStores stores = new InMemoryStores();

    public ProjectionStore projection() {
        return stores;
    }

    /** An updater over these stores (history kept in memory) that also writes these views (awards, deadlines). */
    public ProjectionUpdater updater(ProjectionBatchWriter... views) {
        List<ProjectionBatchWriter> all = new ArrayList<>(List.of(stores));
        all.addAll(List.of(views));
        return new ProjectionUpdater(stores, stores, all, new ProjectionWrites());
    }
}
