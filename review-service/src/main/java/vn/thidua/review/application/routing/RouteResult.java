package vn.thidua.review.application.routing;

import vn.thidua.review.domain.Routing;

/** Where a case goes ({@code routing}), or null with {@code reason} saying why no rule fitted. */
public record RouteResult(Routing routing, String reason) {

    static RouteResult routed(Routing routing) {
        return new RouteResult(routing, routing.reason());
    }

    static RouteResult unrouted(String reason) {
        return new RouteResult(null, reason);
    }
}
