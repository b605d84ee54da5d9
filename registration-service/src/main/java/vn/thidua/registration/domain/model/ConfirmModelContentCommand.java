package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Xác nhận nội dung: the directly managing unit confirms the concrete content of an "other"-field model
 * (lĩnh vực khác, seed 004 II.2.2). {@code confirmingUnitId} is the unit the caller acts for.
 */
public record ConfirmModelContentCommand(@TargetAggregateIdentifier String modelId, String confirmingUnitId) {
}
