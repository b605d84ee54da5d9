package vn.thidua.registration.application.dossier;

import vn.thidua.contracts.DocumentKind;

import java.nio.file.Path;
import java.util.Optional;

/** The bytes of dossier documents (a port; MongoDB GridFS in production). Events and views carry metadata only. */
public interface DossierFiles {

    /** Stores the file's bytes with what is known of them; returns the new document id. */
    String store(Path file, String fileName, String mediaType, String modelId, DocumentKind kind, String sha256);

    void delete(String documentId);

    /** The stored document, if the id names one. */
    Optional<DocumentContent> find(String documentId);
}
