package vn.thidua.review.application.routing;

/** The table the service ships with (port; read from its resources), used until an administrator sets one. */
public interface BundledRoutingTable {

    RoutingTable table();
}
