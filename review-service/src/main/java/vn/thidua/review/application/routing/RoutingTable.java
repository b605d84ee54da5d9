package vn.thidua.review.application.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * The routing table (bảng thẩm quyền công nhận): the tree's administrative levels by unit kind (the first level is
 * the root's), the kinds of party organisations, and entries tried in order; the first entry valid on the day
 * whose conditions the registering unit meets decides. Format and defaults: the service README.
 */
public record RoutingTable(List<Level> levels, String partyCommitteeKind, List<String> partyKinds,
                           List<Entry> entries) {

    /** An administrative level and the unit kinds that are units of it. */
    public record Level(String level, List<String> kinds) {
    }

    /**
     * One rule of seed 004 section 3 for some registrants: valid {@code validFrom}–{@code validTo} (inclusive, null:
     * open), for units of {@code unitKinds}, optionally only {@code within} a level (the level of the nearest
     * administrative ancestor) and only with or without a party organisation below them.
     */
    public record Entry(int rule, LocalDate validFrom, LocalDate validTo, List<String> unitKinds, String within,
                        Boolean partyOrganisation, AuthorityRule authority, String authorityLevel,
                        String description) {

        boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }
}
