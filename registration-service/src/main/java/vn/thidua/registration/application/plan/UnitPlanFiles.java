package vn.thidua.registration.application.plan;

import vn.thidua.registration.application.dossier.DocumentContent;

import java.nio.file.Path;
import java.util.Optional;

/** The bytes of plans' signed files (a port; MongoDB GridFS in production). Events and views carry metadata only. */
public interface UnitPlanFiles {

    /** Stores the file's bytes for the plan; returns the new document id. */
    String store(Path file, String fileName, String mediaType, String planId, String sha256);

    void delete(String documentId);

    /** The stored file, if the id names one; {@code ownerId} is the plan's id. */
    Optional<DocumentContent> find(String documentId);
}
