package vn.thidua.platform.actor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the caller from request headers. Temporary by design: the identity issue replaces this filter with
 * one that reads verified tokens; nothing else in the services reads these headers.
 */
public class CallerHeaderFilter extends OncePerRequestFilter {

    public static final String USER_HEADER = "X-User-Id";
    public static final String UNIT_HEADER = "X-Unit-Id";
    public static final String ROLES_HEADER = "X-Roles";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._:@-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = safe(request.getHeader(CORRELATION_HEADER));
        if (correlationId == null) correlationId = UUID.randomUUID().toString();
        response.setHeader(CORRELATION_HEADER, correlationId);
        String user = safe(request.getHeader(USER_HEADER));
        String unit = safe(request.getHeader(UNIT_HEADER));
        String rolesHeader = request.getHeader(ROLES_HEADER);
        List<String> roles = rolesHeader == null ? List.of()
                : Arrays.stream(rolesHeader.split(",")).map(String::trim).map(CallerHeaderFilter::safe)
                        .filter(r -> r != null).toList();
        Caller caller = new Caller(user == null ? "anonymous" : user, unit, roles, correlationId);
        try {
            CurrentCaller.callAs(caller, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static String safe(String value) {
        if (value == null) return null;
        String trimmed = value.trim();
        return SAFE.matcher(trimmed).matches() ? trimmed : null;
    }
}
