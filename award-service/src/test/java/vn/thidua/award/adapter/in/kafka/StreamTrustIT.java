package vn.thidua.award.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.AwardTest;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.messaging.UntrustedEvent;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.SampleEvents;
import vn.thidua.testsupport.kafka.StreamProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;

/**
 * The registration and review topics as a newer producer and an intruder would write them: the first is kept, the
 * second refused — nobody but registration can open or move a unit of this service's tree (its jurisdiction).
 */
@AwardTest
class StreamTrustIT {

    private static StreamProbe probe;

    @Autowired MeterRegistry meters;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords records) {
        probe = new StreamProbe(records, "thidua.award.dlq");
    }

    @AfterAll
    static void close() {
        probe.close();
    }

    @Test
    void keepsARegistrationOfAnUnknownRegistrantKindAndCountsIt() {
        double before = count(InboundEvents.TOLERATED, "vn.thidua.ModelRegistered.v1", "unknown-value");
        String modelId = UUID.randomUUID().toString();

        String id = probe.sendWithUnknownValue(SampleEvents.modelRegistered(modelId, "c", COMMUNE), "/registrantKind",
                "FAMILY");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(InboundEvents.TOLERATED, "vn.thidua.ModelRegistered.v1", "unknown-value") > before);
        // the refusal below is on the same partition (same key) and later: once it is dead, this one was not
        String refused = probe.sendFrom(StreamProbe.INTRUDER, SampleEvents.modelRegistered(modelId, "c", COMMUNE));
        probe.awaitDeadLetter(refused);
        assertThat(probe.deadLetter(id)).isEmpty();
    }

    @Test
    void refusesAUnitFromAnotherServiceAndDeadLettersIt() {
        double before = count(InboundEvents.REFUSED, "vn.thidua.UnitOpened.v1", "wrong-source");
        UnitOpened unit = unit();

        String id = probe.sendFrom(CloudEventsAttributes.SOURCE_REVIEW_SERVICE, unit);

        var dead = probe.awaitDeadLetter(id);
        assertThat(CloudEventRecords.header(dead, StreamProbe.EXCEPTION_STACKTRACE)).contains(UntrustedEvent.class.getName());
        assertThat(count(InboundEvents.REFUSED, "vn.thidua.UnitOpened.v1", "wrong-source")).isGreaterThan(before);
        assertThat(tree.find(unit.unitId())).isEmpty();
    }

    @Test
    void refusesAUnitOnAnotherTopicFromItsOwnSource() {
        UnitOpened unit = unit();

        String id = probe.sendOn(Topics.REVIEW, unit);

        var dead = probe.awaitDeadLetter(id);
        assertThat(CloudEventRecords.header(dead, StreamProbe.EXCEPTION_STACKTRACE)).contains("on topic thidua.review");
        assertThat(count(InboundEvents.REFUSED, "vn.thidua.UnitOpened.v1", "wrong-topic")).isPositive();
        assertThat(tree.find(unit.unitId())).isEmpty();
    }

    private static UnitOpened unit() {
        String unitId = "W-" + UUID.randomUUID();
        return new UnitOpened(unitId, DISTRICT, "commune", "commune", "Xã giả", "Xã giả", List.of(),
                LocalDate.of(2025, 1, 1), new Actor("ke-gian", DISTRICT), Instant.now());
    }

    private double count(String name, String type, String reason) {
        return meters.find(name).tag("type", type).tag("reason", reason).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
