package vn.thidua.reporting.application;

/** The in-memory projection, for tests outside this package. */
public final class InMemoryStoresAccess {

    private final InMemoryStores stores = new InMemoryStores();

    public ProjectionStore projection() {
        return stores;
    }
}
