package vn.thidua.registration.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.dossier.DocumentAttachedEvent;
import vn.thidua.registration.domain.dossier.DocumentRemovedEvent;

import java.util.Optional;

/**
 * Dossier events → the published language: an attached document travels as metadata only (the bytes are
 * downloaded from this service by documentId); a removal names the document it removes.
 */
@Component
public class DossierEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof DocumentAttachedEvent e) {
            return Optional.of(new DossierDocumentAttached(e.modelId(), e.documentId(), e.kind(), e.fileName(),
                    e.mediaType(), e.sizeBytes(), e.sha256(), context.actor(), context.occurredAt()));
        }
        if (event instanceof DocumentRemovedEvent e) {
            return Optional.of(new DossierDocumentRemoved(e.modelId(), e.documentId(), e.kind(), e.fileName(),
                    e.sizeBytes(), e.sha256(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
