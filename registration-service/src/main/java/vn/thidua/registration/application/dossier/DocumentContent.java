package vn.thidua.registration.application.dossier;

import org.springframework.core.io.InputStreamSource;

/** A stored document to send back: its safe name, detected type, size, SHA-256 and bytes. */
public record DocumentContent(String documentId, String modelId, String fileName, String mediaType, long sizeBytes,
                              String sha256, InputStreamSource bytes) {
}
