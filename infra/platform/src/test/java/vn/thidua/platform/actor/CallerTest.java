package vn.thidua.platform.actor;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.thidua.platform.security.CallerFilter;
import vn.thidua.platform.security.CorrelationIdFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    @Test
    void survivesTheTripThroughMetadata() {
        Caller caller = new Caller("can-bo-01", "W19390", List.of("UNIT_OFFICER", "VIEWER"), "corr-1");
        assertThat(Caller.fromMetaData(caller.toMetaData())).isEqualTo(caller);
    }

    @Test
    void metadataWithoutUserIsNoCaller() {
        assertThat(Caller.fromMetaData(java.util.Map.of("correlationId", "x"))).isNull();
    }

    @Test
    void correlationIdIsEchoedOrGeneratedAndHeaderInjectionRefused() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/models");
        request.addHeader(CorrelationIdFilter.HEADER, "corr-42");
        var response = new MockHttpServletResponse();
        AtomicReference<String> seen = new AtomicReference<>();
        new CorrelationIdFilter().doFilter(request, response, (req, res) ->
                seen.set(CorrelationIdFilter.of((jakarta.servlet.http.HttpServletRequest) req)));
        assertThat(seen.get()).isEqualTo("corr-42");
        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("corr-42");

        var forged = new MockHttpServletRequest("GET", "/api/models");
        forged.addHeader(CorrelationIdFilter.HEADER, "evil\r\nX-Admin: true");
        var forgedResponse = new MockHttpServletResponse();
        new CorrelationIdFilter().doFilter(forged, forgedResponse, (req, res) ->
                seen.set(CorrelationIdFilter.of((jakarta.servlet.http.HttpServletRequest) req)));
        assertThat(seen.get()).hasSize(36).doesNotContain("evil");
        assertThat(forgedResponse.getHeader(CorrelationIdFilter.HEADER)).isEqualTo(seen.get());
    }

    @Test
    void callerComesFromTheVerifiedTokensClaimsKeepingOnlyKnownRoles() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("canbo.hoxa")
                .claim("unit_id", "W19363").claim("roles", List.of("UNIT_OFFICER", "SYSTEM", "VIEWER")).build();
        Caller caller = CallerFilter.from(new JwtAuthenticationToken(jwt), "corr-7");
        assertThat(caller).isEqualTo(new Caller("canbo.hoxa", "W19363", List.of("UNIT_OFFICER", "VIEWER"), "corr-7"));
        assertThat(CallerFilter.from(null, "corr-7")).isNull();
    }
}
