package vn.thidua.award.adapter.in.web.page;

import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.pages.Formats;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the decision page posts: the decision's number, date (dd/MM/yyyy) and signer, and per pending proposal
 * {@code outcome-<id>} (APPROVED, REJECTED or empty: not in this decision) with {@code reason-<id>}.
 */
public record DecisionForm(String decisionNumber, String decisionDate, String signer, Map<String, String> outcomes,
                           Map<String, String> reasons) {

    static DecisionForm blank() {
        return new DecisionForm("", "", "", Map.of(), Map.of());
    }

    static DecisionForm of(Map<String, String> fields) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith("outcome-") && value != null && !value.isBlank()) outcomes.put(key.substring(8), value);
            if (key.startsWith("reason-") && value != null && !value.isBlank()) reasons.put(key.substring(7), value);
        });
        return new DecisionForm(fields.get("decisionNumber"), fields.get("decisionDate"), fields.get("signer"),
                outcomes, reasons);
    }

    /** What is wrong before the round is asked; verdicts on proposals not pending in the round are wrong too. */
    List<FieldIssue> issues(List<AwardProposalView> pending) {
        List<FieldIssue> issues = new ArrayList<>();
        List<String> ids = pending.stream().map(AwardProposalView::proposalId).toList();
        boolean approves = false;
        for (Map.Entry<String, String> outcome : outcomes.entrySet()) {
            if (!ids.contains(outcome.getKey()) || !List.of("APPROVED", "REJECTED").contains(outcome.getValue())) {
                issues.add(FieldIssue.of("verdicts", "page-choice"));
                break;
            }
            approves |= "APPROVED".equals(outcome.getValue());
        }
        if (outcomes.isEmpty()) issues.add(FieldIssue.of("verdicts", "required"));
        if (approves && blank(decisionNumber)) issues.add(FieldIssue.of("decisionNumber", "required"));
        if (blank(decisionDate)) issues.add(FieldIssue.of("decisionDate", "required"));
        else if (Formats.parseDate(decisionDate).isEmpty()) issues.add(FieldIssue.of("decisionDate", "page-date"));
        if (approves && blank(signer)) issues.add(FieldIssue.of("signer", "required"));
        if (decisionNumber != null && decisionNumber.length() > 100) issues.add(FieldIssue.of("decisionNumber", "page-too-long", 100));
        if (signer != null && signer.length() > 200) issues.add(FieldIssue.of("signer", "page-too-long", 200));
        if (reasons.values().stream().anyMatch(r -> r.length() > 2000)) issues.add(FieldIssue.of("verdicts", "page-too-long", 2000));
        return issues;
    }

    /** The decision, its verdicts in the order of the pending list. */
    RoundInputs.Decision toInput(List<AwardProposalView> pending) {
        List<Verdict> verdicts = pending.stream().filter(p -> outcomes.containsKey(p.proposalId()))
                .map(p -> new Verdict(p.proposalId(), AwardOutcome.valueOf(outcomes.get(p.proposalId())),
                        reasons.get(p.proposalId()))).toList();
        LocalDate day = Formats.parseDate(decisionDate).orElseThrow();
        return new RoundInputs.Decision(strip(decisionNumber), day, strip(signer), verdicts);
    }

    public String outcome(String proposalId) {
        return outcomes.getOrDefault(proposalId, "");
    }

    public String reason(String proposalId) {
        return reasons.getOrDefault(proposalId, "");
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
