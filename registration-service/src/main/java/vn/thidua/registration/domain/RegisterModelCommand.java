package vn.thidua.registration.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;

/** Đăng ký mô hình: a unit registers a model for a campaign. */
public record RegisterModelCommand(@TargetAggregateIdentifier String modelId, String campaignId, String unitId,
                                   String managingUnitId, RegistrantKind registrantKind, String title,
                                   ModelField field) {
}
