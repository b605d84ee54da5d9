package vn.thidua.review.adapter.in.kafka;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.application.routing.RouteResult;
import vn.thidua.review.application.routing.RoutingTables;
import vn.thidua.review.domain.CloseReviewCaseCommand;
import vn.thidua.review.domain.DropDossierDocumentCommand;
import vn.thidua.review.domain.NoteContentConfirmedCommand;
import vn.thidua.review.domain.NoteDossierDocumentCommand;
import vn.thidua.review.domain.NoteModelAmendedCommand;
import vn.thidua.review.domain.OpenReviewCaseCommand;
import vn.thidua.review.domain.ReviewCaseIds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registration topic: unit events keep this service's copy of the organisation tree; on ModelRegistered a
 * review case opens, routed by the routing table on the day of registration; the model's later events (withdrawn,
 * amended, content confirmed, dossier documents) follow its case, when it has one. Each event once, via the inbox.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundCommands inbound, TreeCopy tree, RoutingTables routing,
                                                        EventStore events, Clock clock) {
        return message -> inbound.handle(message, event -> {
            if (tree.apply(event)) return Optional.empty();
            if (event instanceof ModelRegistered registered) {
                return Optional.of(open(registered, routing, day(event, clock)));
            }
            return follow(event, day(event, clock)).filter(command -> hasCase(events, event));
        });
    }

    private static OpenReviewCaseCommand open(ModelRegistered e, RoutingTables routing, LocalDate day) {
        RouteResult route = routing.route(e.unitId(), e.managingUnitId(), day);
        return new OpenReviewCaseCommand(ReviewCaseIds.forModel(e.modelId()), e.modelId(), e.campaignId(),
                e.unitId(), e.title(), e.field() == null ? null : e.field().name(),
                Boolean.TRUE.equals(e.managingUnitConfirmationRequired()), route.routing(), route.reason(),
                e.registrantKind() == null ? null : e.registrantKind().name());
    }

    private static Optional<Object> follow(IntegrationEvent event, LocalDate day) {
        if (event instanceof ModelWithdrawn e) {
            return Optional.of(new CloseReviewCaseCommand(ReviewCaseIds.forModel(e.modelId()), e.reason()));
        }
        if (event instanceof ModelAmended e) {
            return Optional.of(new NoteModelAmendedCommand(ReviewCaseIds.forModel(e.modelId()), e.title(),
                    e.field() == null ? null : e.field().name(), e.contentConfirmationRequired(), day));
        }
        if (event instanceof ModelContentConfirmed e) {
            return Optional.of(new NoteContentConfirmedCommand(ReviewCaseIds.forModel(e.modelId())));
        }
        if (event instanceof DossierDocumentAttached e) {
            return Optional.of(new NoteDossierDocumentCommand(ReviewCaseIds.forModel(e.modelId()), e.documentId(),
                    e.kind() == null ? null : e.kind().name(), e.fileName(), day));
        }
        if (event instanceof DossierDocumentRemoved e) {
            return Optional.of(new DropDossierDocumentCommand(ReviewCaseIds.forModel(e.modelId()), e.documentId()));
        }
        return Optional.empty();
    }

    /** A model registered before this service kept cases has none: its later events are skipped. */
    private static boolean hasCase(EventStore events, IntegrationEvent event) {
        return events.lastSequenceNumberFor(ReviewCaseIds.forModel(event.subject())).isPresent();
    }

    private static LocalDate day(IntegrationEvent event, Clock clock) {
        Instant at = event.occurredAt();
        return at == null ? VietnamTime.today(clock) : VietnamTime.dateOf(at);
    }
}
