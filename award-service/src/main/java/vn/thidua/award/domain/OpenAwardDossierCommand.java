package vn.thidua.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A recognised model becomes eligible for awards: its award dossier (hồ sơ khen thưởng) opens. */
public record OpenAwardDossierCommand(@TargetAggregateIdentifier String modelId, String campaignId, String unitId,
                                      String reviewCaseId) {
}
