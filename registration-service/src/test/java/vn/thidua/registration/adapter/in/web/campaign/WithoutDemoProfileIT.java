package vn.thidua.registration.adapter.in.web.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.WithInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the {@code demo} profile (production) the demo campaigns cannot be launched: there is no such endpoint. */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutDemoProfileIT {

    @Autowired TestRestTemplate http;

    @Test
    void seedDemoIsAbsent() {
        var seeded = http.exchange("/api/campaigns/seed-demo", HttpMethod.POST,
                new HttpEntity<>(Callers.headers(Callers.ADMINISTRATOR)), String.class);
        assertThat(seeded.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForObject("/v3/api-docs", String.class)).contains("/api/campaigns/{campaignId}/closure")
                .doesNotContain("/api/campaigns/seed-demo");
    }
}
