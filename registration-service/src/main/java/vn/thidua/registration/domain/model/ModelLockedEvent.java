package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;

/** The registration is frozen because the model was recognised; internal, not published (review publishes it). */
@Revision("1")
public record ModelLockedEvent(String modelId, String reviewCaseId, String recognizedByUnitId) {
}
