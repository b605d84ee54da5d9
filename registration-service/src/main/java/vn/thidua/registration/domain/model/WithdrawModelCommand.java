package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rút đăng ký: the registering unit withdraws its model, giving a reason. */
public record WithdrawModelCommand(@TargetAggregateIdentifier String modelId, String reason) {
}
