package vn.thidua.registration.adapter.in.web.page;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.Role;

import java.util.Arrays;

/**
 * What the registration pages offer the signed-in person, by the same rules the application enforces. A page
 * the application refuses is the page kit's 403 page ({@code vn.thidua.pages.PageRefusals}).
 */
@ControllerAdvice(basePackages = "vn.thidua.registration.adapter.in.web")
public class PagePermissions {

    /** Whether the pages offer "Đăng ký mô hình": registering is a unit officer's. */
    @ModelAttribute("mayRegister")
    public boolean mayRegister() {
        return holds(Role.UNIT_OFFICER);
    }

    /** Whether the models page offers the summary-table import (Bảng tổng hợp): unit officers and boards. */
    @ModelAttribute("mayImport")
    public boolean mayImport() {
        return holds(Role.UNIT_OFFICER, Role.BOARD_OFFICER);
    }

    /** Whether the signed-in person holds one of the roles. */
    static boolean holds(Role... roles) {
        return CurrentCaller.get().map(caller -> Arrays.stream(roles)
                .anyMatch(role -> caller.roles().contains(role.name()))).orElse(false);
    }
}
