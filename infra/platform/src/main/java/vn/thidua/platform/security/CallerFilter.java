package vn.thidua.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the verified identity the caller of the request: user id ({@code sub}), unit ({@code unit_id}) and roles
 * ({@code roles}, only the known {@link Role} names) from the access token of an API call or the ID token of a page
 * session. Nothing else — no request header — can name the caller.
 */
public class CallerFilter extends OncePerRequestFilter {

    private static final Set<String> KNOWN_ROLES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = from(SecurityContextHolder.getContext().getAuthentication(), CorrelationIdFilter.of(request));
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
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

    /** The caller an authentication stands for, or null when nobody is signed in. */
    public static Caller from(Authentication authentication, String correlationId) {
        Map<String, Object> claims;
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            claims = jwt.getClaims();
        } else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            claims = user.getClaims();
        } else {
            return null;
        }
        Object subject = claims.get("sub");
        if (subject == null) return null;
        Object unit = claims.get(ThiDuaSecurityProperties.UNIT_CLAIM);
        return new Caller(subject.toString(), unit == null ? null : unit.toString(), roles(claims), correlationId);
    }

    /** The known role names in the {@code roles} claim (a list or a space/comma separated string). */
    public static List<String> roles(Map<String, Object> claims) {
        Object value = claims.get(ThiDuaSecurityProperties.ROLES_CLAIM);
        Collection<?> raw = value instanceof Collection<?> list ? list
                : value == null ? List.of() : Arrays.asList(value.toString().split("[\\s,]+"));
        return raw.stream().map(String::valueOf).filter(KNOWN_ROLES::contains).distinct().toList();
    }
}
