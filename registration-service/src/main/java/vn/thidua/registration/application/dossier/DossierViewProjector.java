package vn.thidua.registration.application.dossier;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.registration.domain.dossier.DocumentAttachedEvent;
import vn.thidua.registration.domain.dossier.DocumentRemovedEvent;

import java.time.Instant;

/** Builds the dossiers' document lists; replay-safe: a save by id and a delete by id are idempotent. */
@Component
@ProcessingGroup("dossier-views")
public class DossierViewProjector {

    private final DossierDocumentStore documents;

    public DossierViewProjector(DossierDocumentStore documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(DocumentAttachedEvent event, @Timestamp Instant at, @MetaDataValue(Caller.USER_ID) String userId) {
        documents.save(new DossierDocumentView(event.documentId(), event.modelId(), event.kind(), event.fileName(),
                event.mediaType(), event.sizeBytes(), event.sha256(), at, userId));
    }

    @EventHandler
    void on(DocumentRemovedEvent event) {
        documents.remove(event.documentId());
    }
}
