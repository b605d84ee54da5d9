package vn.thidua.registration.domain.dossier;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.DocumentKind;

/** A document joined a model's dossier. Metadata only: the bytes live in the file store under documentId. */
@Revision("1")
public record DocumentAttachedEvent(String modelId, String documentId, DocumentKind kind, String fileName,
                                    String mediaType, long sizeBytes, String sha256) {
}
