package vn.thidua.reporting.application.access;

import vn.thidua.platform.security.Role;

/**
 * Who reads what in reporting: coverage, campaign and unit reports for the board, viewers, council
 * members and recognising authorities over the unit asked about (a campaign: its organiser unit); a model and its
 * history also for the unit officers and managing-unit officers, over the model's unit.
 */
public final class ReportingAccess {

    /** Readers of coverage, campaign and unit reports (báo cáo). */
    public static final Role[] REPORT_READERS = {Role.BOARD_OFFICER, Role.VIEWER, Role.COUNCIL_MEMBER,
            Role.RECOGNISING_AUTHORITY};

    /** Readers of one model and its history (lịch sử mô hình). */
    public static final Role[] MODEL_READERS = {Role.BOARD_OFFICER, Role.VIEWER, Role.COUNCIL_MEMBER,
            Role.RECOGNISING_AUTHORITY, Role.UNIT_OFFICER, Role.MANAGING_UNIT_OFFICER};

    private ReportingAccess() {
    }
}
