package vn.thidua.registration.adapter.in.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;
import vn.thidua.registration.adapter.in.web.campaign.CampaignPages;
import vn.thidua.registration.adapter.in.web.dossier.DossierPage;
import vn.thidua.registration.adapter.in.web.model.ModelPages;
import vn.thidua.registration.adapter.in.web.unit.UnitPages;

/**
 * A page action the application refuses (outside the officer's unit or role) is a 403 page, recorded like every
 * refusal (log line and metric); the API answers the same refusal with problem+json.
 */
@ControllerAdvice(assignableTypes = {ModelPages.class, CampaignPages.class, UnitPages.class, DossierPage.class,
        HomePage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageRefusals {

    private final Refusals refusals;

    public PageRefusals(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    public String refused(OutsideJurisdiction refusal, HttpServletRequest request, HttpServletResponse response) {
        refusals.record(request, HttpStatus.FORBIDDEN, refusal.reason());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "forbidden";
    }
}
