package vn.thidua.contracts;

/**
 * The signed document of a unit's plan (văn bản kế hoạch): what it is, never its bytes, which stay in the
 * registration service. Part of the published language; see the JSON Schema of {@link UnitPlanFiled}.
 */
public record PlanDocument(String documentId,
                           String fileName,
                           String mediaType,
                           long sizeBytes,
                           String sha256) {
}
