package vn.thidua.award.application.round;

import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.Verdict;

import java.time.LocalDate;
import java.util.List;

/** What callers hand the round use cases. */
public final class RoundInputs {

    private RoundInputs() {
    }

    /** {@code councilLevel} null: the level of the council unit's kind in the catalogue. */
    public record NewRound(String name, RoundKind kind, String campaignId, String councilUnitId, String councilLevel,
                           LocalDate proposalDeadline, List<String> formCodes, Long budget) {
    }

    /** A model nominee ({@code modelId}) needs no name or unit: the model's unit is the nominee's. */
    public record NewProposal(RecipientKind recipientKind, String modelId, String name, String position,
                              String unitId, String formCode, String summary, String reportReference) {
    }

    public record Decision(String decisionNumber, LocalDate decisionDate, String signer, List<Verdict> verdicts) {
    }
}
