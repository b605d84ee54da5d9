package vn.thidua.registration.application.dossier;

import org.springframework.core.io.InputStreamSource;

/**
 * A stored document to send back: what it belongs to ({@code ownerId}: the model of a dossier document, the plan of
 * a plan's file), its safe name, detected type, size, SHA-256 and bytes.
 */
public record DocumentContent(String documentId, String ownerId, String fileName, String mediaType, long sizeBytes,
                              String sha256, InputStreamSource bytes) {
}
