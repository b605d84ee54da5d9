package vn.thidua.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.web.Problems;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Every refused request (401, 403): one log line — who (user id and unit, never a token or a name), what (method
 * and path, without the query string), when (the log's time), from where (the client address), the correlation
 * id and a short reason — a count in {@code thidua.security.refusals{status,reason}}, and a problem+json answer
 * in Vietnamese and English.
 */
public class Refusals {

    public static final String METRIC = "thidua.security.refusals";

    private static final Logger log = LoggerFactory.getLogger("vn.thidua.security.refusals");
    private static final Pattern SAFE = Pattern.compile("[^\\p{L}\\p{N}._:@/{}\\-]");

    private final MeterRegistry meters;
    private final ObjectMapper json;

    public Refusals(MeterRegistry meters, ObjectMapper json) {
        this.meters = meters;
        this.json = json;
    }

    /** 401: no token, or one that failed validation. */
    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> refuse(request, response, HttpStatus.UNAUTHORIZED,
                reason(exception));
    }

    /** 403: signed in, but the rule table does not allow this role here. */
    public AccessDeniedHandler denied() {
        return (request, response, exception) -> refuse(request, response, HttpStatus.FORBIDDEN, "role");
    }

    /** Records a refusal and answers with problem+json. */
    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
            throws IOException {
        record(request, status, reason);
        if (response.isCommitted()) return;
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer" + ("missing".equals(reason) ? "" : " error=\"invalid_token\""));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status));
    }

    /** Records a refusal answered elsewhere (an {@link OutsideJurisdiction} turned into 403 by the error advice). */
    public void record(HttpServletRequest request, HttpStatus status, String reason) {
        Caller caller = CurrentCaller.get().orElse(null);
        String path = request.getRequestURI();
        log.warn("refused status={} reason={} method={} path={} user={} unit={} from={} correlation={}",
                status.value(), clean(reason), clean(request.getMethod()), clean(path),
                caller == null ? "anonymous" : clean(caller.userId()),
                caller == null || caller.unitId() == null ? "-" : clean(caller.unitId()),
                clean(request.getRemoteAddr()), clean(CorrelationIdFilter.of(request)));
        Counter.builder(METRIC).description("Requests refused (401 unauthenticated, 403 outside role or unit)")
                .tag("status", String.valueOf(status.value())).tag("reason", clean(reason))
                .register(meters).increment();
    }

    public static ProblemDetail problem(HttpStatus status) {
        return Problems.of(status, status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden");
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof InvalidBearerTokenException) return "invalid-token";
        if (exception != null && exception.getClass().getSimpleName().contains("InsufficientAuthentication")) {
            return "missing";
        }
        return "invalid-token";
    }

    /** Log values are our own ids and addresses: anything else is replaced, so a line cannot be forged. */
    private static String clean(String value) {
        if (value == null) return "-";
        String cleaned = SAFE.matcher(value).replaceAll("_");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
