package vn.thidua.review.domain;

/** Where the routing table sent a case: the authority's unit, the rule of seed 004 section 3 (1–6), and why. */
public record Routing(String authorityUnitId, int rule, String reason) {
}
