package vn.thidua.registration.application.dossier;

import vn.thidua.contracts.DocumentKind;

import java.time.Instant;

/** One document of a model's dossier, as the dossier page and API list it. The bytes are in {@link DossierFiles}. */
public record DossierDocumentView(String documentId, String modelId, DocumentKind kind, String fileName,
                                  String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                                  String uploadedBy) {
}
