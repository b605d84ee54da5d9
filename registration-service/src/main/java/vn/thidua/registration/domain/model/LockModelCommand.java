package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The review service recognised the model (công nhận, {@code ModelRecognized} on {@code thidua.review}): its
 * review has started and concluded, so the registration is frozen. Sent by the service itself on the event.
 */
public record LockModelCommand(@TargetAggregateIdentifier String modelId, String reviewCaseId,
                               String recognizedByUnitId) {
}
