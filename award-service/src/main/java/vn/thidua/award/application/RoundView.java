package vn.thidua.award.application;

import vn.thidua.award.domain.round.RoundKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One award round (đợt khen thưởng) as it stands; its totals are added by the queries ({@code RoundSummary}). */
public record RoundView(String roundId, String name, RoundKind kind, String campaignId, String councilUnitId,
                        String councilLevel, LocalDate proposalDeadline, List<String> formCodes, Long budget,
                        boolean standing, RoundStatus status, Instant openedAt, String reopenReason) {

    public enum RoundStatus { OPEN, CLOSED, DECIDED }

    public RoundView with(RoundStatus next, LocalDate deadline, String reason) {
        return new RoundView(roundId, name, kind, campaignId, councilUnitId, councilLevel, deadline, formCodes, budget,
                standing, next, openedAt, reason);
    }
}
