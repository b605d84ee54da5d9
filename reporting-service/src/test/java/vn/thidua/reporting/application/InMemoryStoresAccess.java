package vn.thidua.reporting.application;

/** The in-memory projection, for tests outside this package. */
public final class InMemoryStoresAccess {

    private final InMemoryStores stores = new InMemoryStores();

    public ProjectionStore projection() {
        return stores;
    }

    /** An updater over these stores (no awards, no deadlines). */
    public ProjectionUpdater updater() {
        return new ProjectionUpdater(stores, stores, stores);
    }

    /** An updater over these stores that keeps awards in {@code awards}. */
    public ProjectionUpdater updater(vn.thidua.reporting.application.award.AwardStore awards) {
        return new ProjectionUpdater(stores, stores, stores, awards);
    }
}
