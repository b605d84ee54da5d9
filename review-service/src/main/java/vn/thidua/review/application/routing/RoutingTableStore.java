package vn.thidua.review.application.routing;

import java.util.Optional;

/** Where the table an administrator set is kept (port); empty until one was set. */
public interface RoutingTableStore {

    Optional<RoutingTable> load();

    void save(RoutingTable table);
}
