package vn.thidua.review.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.messaging.UntrustedEvent;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.ReviewTest;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;
import vn.thidua.testsupport.kafka.SampleEvents;
import vn.thidua.testsupport.kafka.StreamProbe;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;

/** The registration topic as a newer producer and an intruder would write it: the first is kept, the second refused. */
@ReviewTest
class StreamTrustIT {

    private static final String REGISTERED = "vn.thidua.ModelRegistered.v1";
    private static CloudEventRecords records;
    private static StreamProbe probe;

    @Autowired MeterRegistry meters;
    @Autowired EventStore events;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
        probe = new StreamProbe(records, "thidua.review.dlq");
    }

    @BeforeEach
    void organisationTree() {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
    }

    @AfterAll
    static void close() {
        probe.close();
    }

    @Test
    void opensACaseForAModelOfAnUnknownFieldAndCountsIt() {
        double before = count(InboundEvents.TOLERATED, "unknown-value");
        String modelId = UUID.randomUUID().toString();

        String id = probe.sendWithUnknownValue(registered(modelId), "/field", "SPACE_EXPLORATION");

        await().atMost(Duration.ofSeconds(60)).until(() -> hasCase(modelId));
        assertThat(count(InboundEvents.TOLERATED, "unknown-value")).isGreaterThan(before);
        // the refusal below is on the same partition (same key) and later: once it is dead, this one was not
        String refused = probe.sendFrom(StreamProbe.INTRUDER, registered(modelId));
        probe.awaitDeadLetter(refused);
        assertThat(probe.deadLetter(id)).isEmpty();
    }

    @Test
    void refusesARegistrationFromAnotherServiceAndDeadLettersIt() {
        double before = count(InboundEvents.REFUSED, "wrong-source");
        String modelId = UUID.randomUUID().toString();

        String id = probe.sendFrom(CloudEventsAttributes.SOURCE_AWARD_SERVICE, registered(modelId));

        var dead = probe.awaitDeadLetter(id);
        assertThat(CloudEventRecords.header(dead, StreamProbe.EXCEPTION_STACKTRACE)).contains(UntrustedEvent.class.getName());
        assertThat(StreamProbe.body(dead)).contains(modelId);
        assertThat(count(InboundEvents.REFUSED, "wrong-source")).isGreaterThan(before);
        assertThat(hasCase(modelId)).isFalse();
    }

    private static ModelRegistered registered(String modelId) {
        return SampleEvents.modelRegistered(modelId, "trust-campaign", COMMUNE);
    }

    private boolean hasCase(String modelId) {
        return events.lastSequenceNumberFor(ReviewCaseIds.forModel(modelId)).isPresent();
    }

    private double count(String name, String reason) {
        return meters.find(name).tag("type", REGISTERED).tag("reason", reason).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
