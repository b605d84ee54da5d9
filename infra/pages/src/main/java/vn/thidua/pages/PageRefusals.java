package vn.thidua.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;

/**
 * A page the application refuses (outside the caller's subtree, or an id that does not exist: the same answer, so
 * ids cannot be probed) is the kit's 403 page, recorded like every refusal (log line, metric); it says nothing of
 * what was asked for. Handlers answering JSON are left to the
 * platform's problem+json.
 */
public class PageRefusals implements HandlerExceptionResolver, Ordered {

    public static final String VIEW = "kit/forbidden";

    private final ObjectProvider<Refusals> refusals;

    public PageRefusals(ObjectProvider<Refusals> refusals) {
        this.refusals = refusals;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        String reason = exception instanceof OutsideJurisdiction refused ? refused.reason()
                : exception instanceof NotFound unknown && !unknown.referenceData() ? "unknown" : null;
        if (reason == null || !isPage(handler)) return null;
        refusals.ifAvailable(r -> r.record(request, HttpStatus.FORBIDDEN, reason));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return new ModelAndView(VIEW);
    }

    /** A controller method rendering a view: neither {@code @ResponseBody} nor an {@link HttpEntity}. */
    static boolean isPage(Object handler) {
        return handler instanceof HandlerMethod method
                && !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }

    /** Before Spring MVC's own resolvers (which would hand the refusal to the problem+json advice). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
