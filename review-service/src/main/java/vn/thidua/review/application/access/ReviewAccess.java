package vn.thidua.review.application.access;

import vn.thidua.platform.security.Role;

import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.RECOGNISING_AUTHORITY;
import static vn.thidua.platform.security.Role.VIEWER;

/** Who does what in review, by role; the URL table ({@code ReviewAccessRules}) and the application share it. */
public final class ReviewAccess {

    /** Who reads review cases: the recognising authority, the board (Ban Dân vận) and viewers. */
    public static final Role[] READERS = {RECOGNISING_AUTHORITY, BOARD_OFFICER, VIEWER};

    /** Who recognises a model as typical (công nhận điển hình). */
    public static final Role[] RECOGNISERS = {RECOGNISING_AUTHORITY};

    private ReviewAccess() {
    }
}
