package vn.thidua.award.application;

import vn.thidua.award.domain.round.RoundKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One award round (đợt khen thưởng) as it stands, with its history (opened, closed, reopened with the reason,
 * forms added, decided); its totals are added by the queries ({@code RoundSummary}).
 */
public record RoundView(String roundId, String name, RoundKind kind, String campaignId, String councilUnitId,
                        String councilLevel, LocalDate proposalDeadline, List<String> formCodes, Long budget,
                        boolean standing, RoundStatus status, Instant openedAt, String reopenReason,
                        List<Entry> history) {

    public enum RoundStatus { OPEN, CLOSED, DECIDED }

    /** What happened to the round: {@code detail} is a reopening's reason or the forms added. */
    public enum Change { OPENED, CLOSED, REOPENED, FORMS_ADDED, DECIDED }

    public record Entry(Change change, Instant at, String detail) {
    }

    public RoundView {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public RoundView with(RoundStatus next, LocalDate deadline, String reason) {
        return new RoundView(roundId, name, kind, campaignId, councilUnitId, councilLevel, deadline, formCodes, budget,
                standing, next, openedAt, reason, history);
    }

    public RoundView withForms(List<String> added) {
        List<String> all = new ArrayList<>(formCodes == null ? List.of() : formCodes);
        added.stream().filter(code -> !all.contains(code)).forEach(all::add);
        return new RoundView(roundId, name, kind, campaignId, councilUnitId, councilLevel, proposalDeadline, all,
                budget, standing, status, openedAt, reopenReason, history);
    }

    /** With one more line of history. */
    public RoundView logged(Change change, Instant at, String detail) {
        List<Entry> longer = new ArrayList<>(history);
        longer.add(new Entry(change, at, detail));
        return new RoundView(roundId, name, kind, campaignId, councilUnitId, councilLevel, proposalDeadline, formCodes,
                budget, standing, status, openedAt, reopenReason, longer);
    }
}
