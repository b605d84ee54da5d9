package vn.thidua.platform.security;

/**
 * What a signed-in user may do, always on the subtree of the unit they act for (the unit itself and everything
 * below it in the organisation tree). The names are the values of the token's {@code roles} claim.
 */
public enum Role {
    /** Cán bộ đơn vị: registers and amends its own unit's models and dossiers. */
    UNIT_OFFICER("Cán bộ đơn vị", "Unit officer"),
    /** Cán bộ đơn vị quản lý: confirms "other"-field content for the units it manages. */
    MANAGING_UNIT_OFFICER("Cán bộ đơn vị quản lý", "Managing-unit officer"),
    /** Cấp có thẩm quyền công nhận: reviews and recognises the cases routed to its unit. */
    RECOGNISING_AUTHORITY("Cấp có thẩm quyền công nhận", "Recognising authority"),
    /** Thành viên Hội đồng Thi đua – Khen thưởng: decides awards for its council's level. */
    COUNCIL_MEMBER("Thành viên Hội đồng Thi đua – Khen thưởng", "Council member"),
    /** Cán bộ Ban Dân vận: launches campaigns, maintains the tree, sees reports for its subtree. */
    BOARD_OFFICER("Cán bộ Ban Dân vận", "Board officer"),
    /** Người xem: reads reports for its subtree. */
    VIEWER("Người xem báo cáo", "Viewer"),
    /** Quản trị: configuration only, not the workflow. */
    ADMINISTRATOR("Quản trị hệ thống", "Administrator");

    private final String labelVi;
    private final String labelEn;

    Role(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The Spring Security authority of this role ({@code ROLE_UNIT_OFFICER}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Every role taking part in the workflow (all but the administrator): who may read a unit's models. */
    public static Role[] workflow() {
        return new Role[] {UNIT_OFFICER, MANAGING_UNIT_OFFICER, RECOGNISING_AUTHORITY, COUNCIL_MEMBER,
                BOARD_OFFICER, VIEWER};
    }

    /** The names of {@code roles}, for Spring Security's {@code hasAnyRole(...)}. */
    public static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) names[i] = roles[i].name();
        return names;
    }
}
