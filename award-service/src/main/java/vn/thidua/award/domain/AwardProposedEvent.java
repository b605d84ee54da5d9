package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.contracts.AwardForm;

import java.time.LocalDate;

/**
 * A proposal within a round. {@code modelId} is null for a nominee without a model, {@code campaignId} for a round
 * without a campaign; {@code reason} is the achievement summary. The components after {@code reason} were added
 * with rounds: proposals stored before them (in a model's dossier) read back with those null.
 */
@Revision("1")
public record AwardProposedEvent(String modelId, String proposalId, String campaignId, String unitId,
                                 AwardForm awardForm, String reason, String roundId, RecipientKind recipientKind,
                                 String nomineeName, String position, String formCode, String reportReference,
                                 String proposerUnitId, LocalDate proposedOn) {
}
