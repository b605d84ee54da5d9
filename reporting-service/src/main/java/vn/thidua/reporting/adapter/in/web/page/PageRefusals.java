package vn.thidua.reporting.adapter.in.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;

/**
 * A page refused by the application layer (outside the caller's subtree) is a 403 HTML page, recorded like every
 * refusal; it says nothing about what was asked for. The JSON API keeps answering problem+json.
 */
@ControllerAdvice(basePackageClasses = PageRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageRefusals {

    private final ObjectProvider<Refusals> refusals;

    public PageRefusals(ObjectProvider<Refusals> refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    public String outsideJurisdiction(OutsideJurisdiction refused, HttpServletRequest request,
                                      HttpServletResponse response, Model model) {
        refusals.ifAvailable(r -> r.record(request, HttpStatus.FORBIDDEN, refused.reason()));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("path", "/campaigns");
        return "forbidden";
    }
}
