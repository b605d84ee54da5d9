package vn.thidua.award.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.award.domain.AwardDossierClosedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.round.RoundDecidedEvent;
import vn.thidua.award.domain.round.ReportAttachedEvent;
import vn.thidua.award.domain.round.RoundFormsAddedEvent;
import vn.thidua.award.domain.round.RoundReopenedEvent;
import vn.thidua.testsupport.contracts.PublisherContract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal event is published as its schema says, or is listed here as internal with the reason. */
class PublishedContractTest {

    private static final Map<Class<?>, String> INTERNAL = Map.of(
            AwardDossierOpenedEvent.class, "follows review's ModelRecognized, the published fact",
            AwardDossierClosedEvent.class, "follows ModelWithdrawn or RecognitionRevoked; its proposals' "
                    + "AwardProposalWithdrawn are published",
            RoundDecidedEvent.class, "derived: each proposal's AwardDecided is published",
            RoundReopenedEvent.class, "not yet in the published language: no subscriber needs it so far",
            RoundFormsAddedEvent.class, "not yet in the published language: no subscriber needs it so far",
            ReportAttachedEvent.class, "the report's bytes stay in award; no subscriber needs its metadata so far");

    private final IntegrationEventMapper mapper = new AwardEventMapper();
    private final RelayedEventContext context = new RelayedEventContext("event-1", "aggregate-1",
            Instant.parse("2025-03-14T08:30:00Z"), new Caller("can-bo", "W19363", List.of("UNIT_OFFICER"), "corr-1"));

    @Test
    void everyInternalEventIsPublishedAsItsSchemaSaysOrListedAsInternal() {
        assertThat(PublisherContract.violations("vn.thidua.award.domain", Topics.AWARD,
                event -> mapper.map(event, context), INTERNAL)).isEmpty();
    }
}
