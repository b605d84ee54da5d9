package vn.thidua.award.application;

import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.ProposalReport;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One award proposal as a council secretary lists them: the nominee, the form, where it stands (and where it was
 * forwarded to), and once decided the decision and the money. {@code reason} is the achievement summary;
 * {@code report} the attached report (null: none yet).
 */
public record AwardProposalView(String proposalId, String modelId, String campaignId, String unitId,
                                AwardForm awardForm, String reason, Instant proposedAt, AwardOutcome outcome,
                                String decisionNumber, Instant decidedAt, String roundId, RecipientKind recipientKind,
                                String nomineeName, String position, String formCode, String reportReference,
                                String proposerUnitId, ProposalStatus status, String forwardedFromUnitId,
                                String forwardedToUnitId, boolean forwarded, LocalDate decisionDate, String signer,
                                String decisionReason, BigDecimal coefficient, Long baseSalary, Long amount,
                                String withdrawalReason, ProposalReport report) {

    public enum ProposalStatus { PENDING, APPROVED, REJECTED, WITHDRAWN }

    /** A proposal just made (or stored before rounds existed: then {@code roundId} and what follows are null). */
    public static AwardProposalView proposed(String proposalId, String modelId, String campaignId, String unitId,
                                             AwardForm awardForm, String reason, Instant proposedAt, String roundId,
                                             RecipientKind recipientKind, String nomineeName, String position,
                                             String formCode, String reportReference, String proposerUnitId) {
        return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt, null, null,
                null, roundId, recipientKind, nomineeName, position, formCode, reportReference, proposerUnitId,
                ProposalStatus.PENDING, null, null, false, null, null, null, null, null, null, null, null);
    }

    public AwardProposalView forwardedTo(String fromUnitId, String toUnitId) {
        return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt, outcome,
                decisionNumber, decidedAt, roundId, recipientKind, nomineeName, position, formCode, reportReference,
                proposerUnitId, status, fromUnitId, toUnitId, true, decisionDate, signer, decisionReason, coefficient,
                baseSalary, amount, withdrawalReason, report);
    }

    public AwardProposalView decided(AwardOutcome outcome, String decisionNumber, Instant at, LocalDate decisionDate,
                                     String signer, String decisionReason, BigDecimal coefficient, Long baseSalary,
                                     Long amount) {
        ProposalStatus decided = outcome == AwardOutcome.APPROVED ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
        return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt, outcome,
                decisionNumber, at, roundId, recipientKind, nomineeName, position, formCode, reportReference,
                proposerUnitId, decided, forwardedFromUnitId, forwardedToUnitId, forwarded, decisionDate, signer,
                decisionReason, coefficient, baseSalary, amount, withdrawalReason, report);
    }

    public AwardProposalView withdrawn(String reason) {
        return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, this.reason, proposedAt,
                outcome, decisionNumber, decidedAt, roundId, recipientKind, nomineeName, position, formCode,
                reportReference, proposerUnitId, ProposalStatus.WITHDRAWN, forwardedFromUnitId, forwardedToUnitId,
                forwarded, decisionDate, signer, decisionReason, coefficient, baseSalary, amount, reason, report);
    }

    /** With its (new) attached report. */
    public AwardProposalView withReport(ProposalReport attached) {
        return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt, outcome,
                decisionNumber, decidedAt, roundId, recipientKind, nomineeName, position, formCode, reportReference,
                proposerUnitId, status, forwardedFromUnitId, forwardedToUnitId, forwarded, decisionDate, signer,
                decisionReason, coefficient, baseSalary, amount, withdrawalReason, attached);
    }

    /** The unit whose council decides it: the one it was forwarded to, else null (the round's council). */
    public String decidingUnitId() {
        return forwarded ? forwardedToUnitId : null;
    }
}
