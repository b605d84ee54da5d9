package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.messaging.UntrustedEvent;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.StreamProbe;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.reporting.CampaignScenario.UNIT_A;
import static vn.thidua.reporting.CampaignScenario.registered;

/**
 * The three topics as a newer producer and an intruder would write them: a model of an unknown field counts in the
 * coverage, a registration from anyone but registration (or on another topic) is refused and dead-lettered.
 */
@ReportingTest
class StreamTrustIT {

    private static final String REGISTERED = "vn.thidua.ModelRegistered.v1";
    private static CloudEventRecords records;
    private static StreamProbe probe;

    @Autowired TestRestTemplate anonymous;
    @Autowired MeterRegistry meters;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
        probe = new StreamProbe(records, "thidua.reporting.dlq");
        CampaignScenario.tree(records);
    }

    @AfterAll
    static void close() {
        probe.close();
    }

    @Test
    void countsAModelOfAnUnknownFieldAndRefusesOneFromAnIntruder() {
        String campaignId = "trust-" + UUID.randomUUID();
        double tolerated = count(InboundEvents.TOLERATED, "unknown-value");
        double refused = count(InboundEvents.REFUSED, "wrong-source");
        CampaignScenario.launch(records, campaignId);

        String kept = probe.sendWithUnknownValue(registered(campaignId, 1, UNIT_A), "/field", "SPACE_EXPLORATION");
        String intruder = probe.sendFrom(CloudEventsAttributes.SOURCE_AWARD_SERVICE, registered(campaignId, 2, UNIT_A));

        var dead = probe.awaitDeadLetter(intruder);
        assertThat(CloudEventRecords.header(dead, StreamProbe.EXCEPTION_STACKTRACE)).contains(UntrustedEvent.class.getName());
        await().atMost(Duration.ofSeconds(90)).until(() -> registeredIn(campaignId) == 1);
        assertThat(count(InboundEvents.TOLERATED, "unknown-value")).isGreaterThan(tolerated);
        assertThat(count(InboundEvents.REFUSED, "wrong-source")).isGreaterThan(refused);
        assertThat(probe.deadLetter(kept)).isEmpty();
    }

    @Test
    void refusesARegistrationOnTheAwardTopic() {
        String campaignId = "trust-" + UUID.randomUUID();
        CampaignScenario.launch(records, campaignId);
        await().atMost(Duration.ofSeconds(90)).until(() -> registeredIn(campaignId) == 0);

        String id = probe.sendOn(Topics.AWARD, registered(campaignId, 1, UNIT_A));

        var dead = probe.awaitDeadLetter(id);
        assertThat(CloudEventRecords.header(dead, "x-original-topic")).isEqualTo(Topics.AWARD);
        assertThat(count(InboundEvents.REFUSED, "wrong-topic")).isPositive();
        assertThat(registeredIn(campaignId)).isZero();
    }

    private int registeredIn(String campaignId) {
        JsonNode coverage = Callers.as(anonymous, CampaignScenario.VIEWER)
                .getForObject("/api/campaigns/{id}/coverage", JsonNode.class, campaignId);
        return coverage == null ? -1 : coverage.path("totals").path("registered").asInt(-1);
    }

    private double count(String name, String reason) {
        return meters.find(name).tag("type", REGISTERED).tag("reason", reason).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
