package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The recognising authority asked the unit for a supplement (yêu cầu bổ sung, {@code SupplementRequested} on
 * {@code thidua.review}) by {@code dueOn}: the model opens again for amendment. Sent by the service itself.
 */
public record NoteSupplementRequestCommand(@TargetAggregateIdentifier String modelId, String reviewCaseId,
                                           String requestId, String request, LocalDate dueOn,
                                           String requestedByUnitId) {
}
