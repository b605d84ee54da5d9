package vn.thidua.platform.actor;

import org.junit.jupiter.api.Test;
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
    void filterReadsHeadersAndEchoesCorrelationId() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/models");
        request.addHeader(CallerHeaderFilter.USER_HEADER, "can-bo-01");
        request.addHeader(CallerHeaderFilter.UNIT_HEADER, "W19390");
        request.addHeader(CallerHeaderFilter.ROLES_HEADER, "UNIT_OFFICER, VIEWER");
        request.addHeader(CallerHeaderFilter.CORRELATION_HEADER, "corr-42");
        var response = new MockHttpServletResponse();
        AtomicReference<Caller> seen = new AtomicReference<>();
        new CallerHeaderFilter().doFilter(request, response, (req, res) -> seen.set(CurrentCaller.get().orElseThrow()));
        assertThat(seen.get()).isEqualTo(new Caller("can-bo-01", "W19390", List.of("UNIT_OFFICER", "VIEWER"), "corr-42"));
        assertThat(response.getHeader(CallerHeaderFilter.CORRELATION_HEADER)).isEqualTo("corr-42");
        assertThat(CurrentCaller.get()).isEmpty();
    }

    @Test
    void filterGeneratesCorrelationIdAndRejectsHeaderInjection() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/models");
        request.addHeader(CallerHeaderFilter.USER_HEADER, "evil\r\nX-Admin: true");
        var response = new MockHttpServletResponse();
        AtomicReference<Caller> seen = new AtomicReference<>();
        new CallerHeaderFilter().doFilter(request, response, (req, res) -> seen.set(CurrentCaller.get().orElseThrow()));
        assertThat(seen.get().userId()).isEqualTo("anonymous");
        assertThat(seen.get().correlationId()).hasSize(36);
        assertThat(response.getHeader(CallerHeaderFilter.CORRELATION_HEADER)).isEqualTo(seen.get().correlationId());
    }
}
