package vn.thidua.registration.domain.plan;

/**
 * The signed document of a plan (văn bản kế hoạch, "Kế hoạch số …"): its stored file's id, safe name, the media
 * type detected from its content, size and SHA-256 (lower-case hex). Never the bytes.
 */
public record PlanDocument(String documentId, String fileName, String mediaType, long sizeBytes, String sha256) {
}
