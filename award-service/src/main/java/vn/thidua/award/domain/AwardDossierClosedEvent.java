package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.award.domain.round.WithdrawalCause;

@Revision("1")
public record AwardDossierClosedEvent(String modelId, String reason, WithdrawalCause cause) {
}
