package vn.thidua.review.domain;

/** A file the review service keeps (a document of the authority): its id in the store, safe name, type told from its content, size and SHA-256. */
public record StoredFile(String documentId, String fileName, String mediaType, long sizeBytes, String sha256) {
}
