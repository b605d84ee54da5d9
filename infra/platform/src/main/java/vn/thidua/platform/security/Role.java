package vn.thidua.platform.security;

/**
 * What a signed-in user may do, always on the subtree of the unit they act for (the unit itself and everything
 * below it in the organisation tree). The names are the values of the token's {@code roles} claim; pages name
 * them from the message bundles ({@code code.role.<NAME>}, in the page kit's {@code thidua/pages/kit*.properties}).
 */
public enum Role {
    /** Cán bộ đơn vị: registers and amends its own unit's models and dossiers. */
    UNIT_OFFICER,
    /** Cán bộ đơn vị quản lý: confirms "other"-field content for the units it manages. */
    MANAGING_UNIT_OFFICER,
    /** Cấp có thẩm quyền công nhận: reviews and recognises the cases routed to its unit. */
    RECOGNISING_AUTHORITY,
    /** Thành viên Hội đồng Thi đua – Khen thưởng: decides awards for its council's level. */
    COUNCIL_MEMBER,
    /** Cán bộ Ban Dân vận: launches campaigns, maintains the tree, sees reports for its subtree. */
    BOARD_OFFICER,
    /** Người xem: reads reports for its subtree. */
    VIEWER,
    /** Quản trị: configuration only, not the workflow. */
    ADMINISTRATOR;

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
