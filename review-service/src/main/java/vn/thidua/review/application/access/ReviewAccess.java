package vn.thidua.review.application.access;

import vn.thidua.platform.security.Role;

import static vn.thidua.platform.security.Role.ADMINISTRATOR;
import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.RECOGNISING_AUTHORITY;
import static vn.thidua.platform.security.Role.VIEWER;

/** Who does what in review, by role; the URL table ({@code ReviewAccessRules}) and the application share it. */
public final class ReviewAccess {

    /** Who reads review cases: the recognising authority, the board (Ban Dân vận) and viewers. */
    public static final Role[] READERS = {RECOGNISING_AUTHORITY, BOARD_OFFICER, VIEWER};

    /**
     * Who acts on a case (survey, criteria, supplements, meeting, documents, decisions): the recognising authority,
     * and only the users of the unit the case is routed to.
     */
    public static final Role[] RECOGNISERS = {RECOGNISING_AUTHORITY};

    /** Who routes a case by hand (định tuyến thủ công): the board (Ban Dân vận) over the case's unit. */
    public static final Role[] ROUTERS = {BOARD_OFFICER};

    /** Who reads and replaces the routing table: configuration, the administrator's. */
    public static final Role[] ROUTING_ADMINISTRATORS = {ADMINISTRATOR};

    private ReviewAccess() {
    }
}
