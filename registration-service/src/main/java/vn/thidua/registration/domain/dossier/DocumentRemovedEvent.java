package vn.thidua.registration.domain.dossier;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.DocumentKind;

/** A document left a model's dossier; published as {@code DossierDocumentRemoved}. */
@Revision("1")
public record DocumentRemovedEvent(String modelId, String documentId, DocumentKind kind, String fileName,
                                   long sizeBytes, String sha256) {
}
