package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The council's verdict on one proposal. On an approval with money: the coefficient and base salary used and the
 * amount (VND). The components after {@code decisionNumber} were added with rounds (null in older events).
 */
@Revision("1")
public record AwardDecidedEvent(String modelId, String proposalId, String campaignId, String unitId,
                                AwardForm awardForm, AwardOutcome outcome, String decisionNumber, String roundId,
                                RecipientKind recipientKind, String nomineeName, String formCode, String reason,
                                LocalDate decisionDate, String signer, BigDecimal coefficient, Long baseSalary,
                                Long amount) {
}
