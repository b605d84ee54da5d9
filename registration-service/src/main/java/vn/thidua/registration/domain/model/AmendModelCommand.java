package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.ModelField;

import java.time.LocalDate;

/**
 * Sửa đăng ký: the registering unit amends what it registered (title, class/field, content, method, expected
 * results, start date) while no review has started. Carries the complete amended registration; {@code reason}
 * is an optional note kept in the model's history. {@code amendedOn} is today in Vietnam.
 */
public record AmendModelCommand(@TargetAggregateIdentifier String modelId, String title, ModelField field,
                                String content, String method, String expectedResults, LocalDate startDate,
                                String reason, LocalDate amendedOn) {
}
