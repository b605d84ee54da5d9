package vn.thidua.review.application.documents;

import org.springframework.core.io.InputStreamSource;

/** A stored authority document to send back: the case it belongs to, its safe name, detected type, size and bytes. */
public record AuthorityFile(String documentId, String reviewCaseId, String fileName, String mediaType, long sizeBytes,
                            InputStreamSource bytes) {
}
