package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The review service counted the unit's answer to its supplement request ({@code SupplementReceived} on
 * {@code thidua.review}), {@code late} when after the due day. Sent by the service itself.
 */
public record NoteSupplementAnsweredCommand(@TargetAggregateIdentifier String modelId, String requestId,
                                            LocalDate answeredOn, boolean late) {
}
