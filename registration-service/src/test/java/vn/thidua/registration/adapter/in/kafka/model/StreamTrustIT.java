package vn.thidua.registration.adapter.in.kafka.model;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.contracts.CriteriaAssessed;
import vn.thidua.contracts.CriterionAssessment;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.messaging.UntrustedEvent;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.SampleEvents;
import vn.thidua.testsupport.kafka.StreamProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;

/** The review topic as a newer producer and an intruder would write it: the first is kept, the second refused. */
@RegistrationTest
class StreamTrustIT {

    private static StreamProbe probe;

    @Autowired MeterRegistry meters;

    @BeforeAll
    static void connect(CloudEventRecords records) {
        probe = new StreamProbe(records, "thidua.registration.dlq");
    }

    @AfterAll
    static void close() {
        probe.close();
    }

    @Test
    void keepsAnAssessmentOfAnUnknownCriterionAndCountsIt() {
        double before = count(InboundEvents.TOLERATED, "vn.thidua.CriteriaAssessed.v1", "unknown-value");
        String modelId = UUID.randomUUID().toString();

        String id = probe.sendWithUnknownValue(assessed(modelId), "/criteria/0/criterion", "YOUTH_VOLUNTEERING");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(InboundEvents.TOLERATED, "vn.thidua.CriteriaAssessed.v1", "unknown-value") > before);
        // the refusal below is on the same partition (same key) and later: once it is dead, this one was not
        String refused = probe.sendFrom(StreamProbe.INTRUDER, SampleEvents.modelRecognized(modelId, "c", COMMUNE));
        probe.awaitDeadLetter(refused);
        assertThat(probe.deadLetter(id)).isEmpty();
    }

    @Test
    void refusesARecognitionFromAnotherServiceAndDeadLettersIt() {
        double before = count(InboundEvents.REFUSED, "vn.thidua.ModelRecognized.v1", "wrong-source");
        String modelId = UUID.randomUUID().toString();

        String id = probe.sendFrom(CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                SampleEvents.modelRecognized(modelId, "c", COMMUNE));

        var dead = probe.awaitDeadLetter(id);
        assertThat(CloudEventRecords.header(dead, StreamProbe.EXCEPTION_STACKTRACE)).contains(UntrustedEvent.class.getName());
        assertThat(StreamProbe.body(dead)).contains(modelId);
        assertThat(count(InboundEvents.REFUSED, "vn.thidua.ModelRecognized.v1", "wrong-source")).isGreaterThan(before);
    }

    /** Subject {@code case-<modelId>}, as {@link SampleEvents#modelRecognized} has. */
    private static CriteriaAssessed assessed(String modelId) {
        return new CriteriaAssessed("case-" + modelId, modelId, "c", COMMUNE,
                List.of(new CriterionAssessment(ComprehensiveCriterion.CULTURAL_STANDARD, true, "biên bản")), 1, 5,
                new Actor("huyen-uy", DISTRICT), Instant.now());
    }

    private double count(String name, String type, String reason) {
        return meters.find(name).tag("type", type).tag("reason", reason).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
