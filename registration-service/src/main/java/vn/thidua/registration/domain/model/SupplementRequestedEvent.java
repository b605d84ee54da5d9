package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A supplement was requested by the model's review; {@code reopened} when the registration was locked and is
 * open again. Internal, not published (review publishes the request).
 */
@Revision("1")
public record SupplementRequestedEvent(String modelId, String reviewCaseId, String requestId, String request,
                                       LocalDate dueOn, String requestedByUnitId, boolean reopened) {
}
