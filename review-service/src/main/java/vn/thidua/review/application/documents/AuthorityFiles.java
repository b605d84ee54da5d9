package vn.thidua.review.application.documents;

import java.nio.file.Path;
import java.util.Optional;

/** The bytes of the authority's documents (a port; MongoDB GridFS in production). Events and views carry metadata only. */
public interface AuthorityFiles {

    /** Stores the file's bytes; returns the new document id. */
    String store(Path file, String fileName, String mediaType, String reviewCaseId, String sha256);

    void delete(String documentId);

    /** The stored document, if the id names one. */
    Optional<AuthorityFile> find(String documentId);
}
