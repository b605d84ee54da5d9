package vn.thidua.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.award.domain.round.WithdrawalCause;

/** The model was withdrawn (rút đăng ký) or its recognition revoked: it can no longer be proposed. */
public record CloseAwardDossierCommand(@TargetAggregateIdentifier String modelId, String reason, WithdrawalCause cause) {
}
