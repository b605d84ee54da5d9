package vn.thidua.registration.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.adapter.out.kafka.model.ModelEventMapper;
import vn.thidua.registration.domain.model.ModelLockedEvent;
import vn.thidua.registration.domain.model.SupplementAnsweredEvent;
import vn.thidua.registration.domain.model.SupplementRequestedEvent;
import vn.thidua.testsupport.contracts.PublisherContract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal event is published as its schema says, or is listed here as internal with the reason. */
class PublishedContractTest {

    private static final Map<Class<?>, String> INTERNAL = Map.of(
            ModelLockedEvent.class, "follows review's ModelRecognized, which is the published fact",
            SupplementRequestedEvent.class, "follows review's SupplementRequested, which is the published fact",
            SupplementAnsweredEvent.class, "the answer is published as review's SupplementReceived");

    private final IntegrationEventMapper mapper = IntegrationEventMapper.firstOf(List.of(new UnitEventMapper(), new CampaignEventMapper(),
            new ModelEventMapper(), new DossierEventMapper(), new UnitPlanEventMapper()));
    private final RelayedEventContext context = new RelayedEventContext("event-1", "aggregate-1",
            Instant.parse("2025-03-14T08:30:00Z"), new Caller("can-bo", "W19363", List.of("UNIT_OFFICER"), "corr-1"));

    @Test
    void everyInternalEventIsPublishedAsItsSchemaSaysOrListedAsInternal() {
        assertThat(PublisherContract.violations("vn.thidua.registration.domain", Topics.REGISTRATION,
                event -> mapper.map(event, context), INTERNAL)).isEmpty();
    }
}
