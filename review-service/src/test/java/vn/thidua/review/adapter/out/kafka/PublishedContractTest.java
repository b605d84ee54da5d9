package vn.thidua.review.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.review.domain.AuthorityDocumentRecordedEvent;
import vn.thidua.review.domain.CaseContentConfirmedEvent;
import vn.thidua.review.domain.CaseModelAmendedEvent;
import vn.thidua.review.domain.DossierDocumentDroppedEvent;
import vn.thidua.review.domain.DossierDocumentNotedEvent;
import vn.thidua.testsupport.contracts.PublisherContract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal event is published as its schema says, or is listed here as internal with the reason. */
class PublishedContractTest {

    private static final Map<Class<?>, String> INTERNAL = Map.of(
            AuthorityDocumentRecordedEvent.class, "the authority's own file: not yet in the published language",
            CaseContentConfirmedEvent.class, "follows registration's ModelContentConfirmed, the published fact",
            CaseModelAmendedEvent.class, "follows registration's ModelAmended, the published fact",
            DossierDocumentDroppedEvent.class, "follows registration's DossierDocumentRemoved, the published fact",
            DossierDocumentNotedEvent.class, "follows registration's DossierDocumentAttached, the published fact");

    private final IntegrationEventMapper mapper = new ReviewEventMapper();
    private final RelayedEventContext context = new RelayedEventContext("event-1", "aggregate-1",
            Instant.parse("2025-03-14T08:30:00Z"), new Caller("can-bo", "W19363", List.of("UNIT_OFFICER"), "corr-1"));

    @Test
    void everyInternalEventIsPublishedAsItsSchemaSaysOrListedAsInternal() {
        assertThat(PublisherContract.violations("vn.thidua.review.domain", Topics.REVIEW,
                event -> mapper.map(event, context), INTERNAL)).isEmpty();
    }
}
