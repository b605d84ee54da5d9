package vn.thidua.contracts;

import java.time.Instant;

/** A document was attached to a model's dossier. Only metadata travels; the bytes stay in the registration service (download by documentId). */
public record DossierDocumentAttached(String modelId,
                                      String documentId,
                                      DocumentKind kind,
                                      String fileName,
                                      String mediaType,
                                      long sizeBytes,
                                      String sha256,
                                      Actor actor,
                                      Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
