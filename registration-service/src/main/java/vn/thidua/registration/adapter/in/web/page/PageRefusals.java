package vn.thidua.registration.adapter.in.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.Role;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;
import vn.thidua.registration.adapter.in.web.campaign.CampaignPages;
import vn.thidua.registration.adapter.in.web.dossier.DossierPage;
import vn.thidua.registration.adapter.in.web.model.ModelPages;
import vn.thidua.registration.adapter.in.web.unit.UnitPages;

/**
 * A page action the application refuses (outside the officer's unit or role) is a 403 page, recorded like every
 * refusal (log line and metric); the API answers the same refusal with problem+json. The navigation offers only
 * what the same rules allow.
 */
@ControllerAdvice(assignableTypes = {ModelPages.class, CampaignPages.class, UnitPages.class, DossierPage.class,
        HomePage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageRefusals {

    private final Refusals refusals;

    public PageRefusals(Refusals refusals) {
        this.refusals = refusals;
    }

    /** Whether the navigation offers "Đăng ký mô hình": registering is a unit officer's. */
    @ModelAttribute("mayRegister")
    public boolean mayRegister() {
        return holds(Role.UNIT_OFFICER);
    }

    /** Whether the models page offers the summary-table import (Bảng tổng hợp): unit officers and boards. */
    @ModelAttribute("mayImport")
    public boolean mayImport() {
        return holds(Role.UNIT_OFFICER, Role.BOARD_OFFICER);
    }

    private static boolean holds(Role... roles) {
        return CurrentCaller.get().map(caller -> java.util.Arrays.stream(roles)
                .anyMatch(role -> caller.roles().contains(role.name()))).orElse(false);
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    public String refused(OutsideJurisdiction refusal, HttpServletRequest request, HttpServletResponse response) {
        refusals.record(request, HttpStatus.FORBIDDEN, refusal.reason());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "forbidden";
    }
}
