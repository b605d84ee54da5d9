package vn.thidua.registration.adapter.in.web.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.WithInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the {@code demo} profile (production) the demo campaigns cannot be launched: there is no such endpoint.
 * This second service runs on stores of its own (the test JVM's unused {@code award} database, its own MongoDB
 * database and consumer group), so it never competes with the shared context for events, and closes after the class.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "thidua.postgres.database=award", "spring.data.mongodb.database=registration_without_demo",
        "spring.cloud.stream.bindings.reviewEvents-in-0.group=registration-without-demo",
        "thidua.relay.topic=thidua.registration.without-demo"})
@DirtiesContext
class WithoutDemoProfileIT {

    @Autowired TestRestTemplate http;

    @Test
    void seedDemoIsAbsent() {
        var seeded = http.exchange("/api/campaigns/seed-demo", HttpMethod.POST,
                new HttpEntity<>(Callers.headers(Callers.ADMINISTRATOR)), String.class);
        // no POST there: the path is only a campaign's, which is read (GET) and amended (PUT)
        assertThat(seeded.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(http.getForObject("/v3/api-docs", String.class)).contains("/api/campaigns/{campaignId}/closure")
                .doesNotContain("/api/campaigns/seed-demo");
    }
}
