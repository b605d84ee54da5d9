package vn.thidua.registration.application.dossier;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.contracts.DocumentKind;

import java.time.Instant;

/** One document of a model's dossier, as the dossier page and API list it. The bytes are in {@link DossierFileStore}. */
@Document("dossier_documents")
public record DossierDocumentView(@Id String documentId, String modelId, DocumentKind kind, String fileName,
                                  String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                                  String uploadedBy) {
}
