package vn.thidua.contracts;

import java.time.Instant;

/**
 * A document left a model's dossier (rút tài liệu khỏi hồ sơ). It names the document as {@link DossierDocumentAttached}
 * did, so a consumer holding the attachment can drop it; the bytes are no longer served.
 */
public record DossierDocumentRemoved(String modelId,
                                     String documentId,
                                     DocumentKind kind,
                                     String fileName,
                                     long sizeBytes,
                                     String sha256,
                                     Actor actor,
                                     Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
