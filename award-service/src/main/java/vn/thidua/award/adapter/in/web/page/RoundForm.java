package vn.thidua.award.adapter.in.web.page;

import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.pages.Formats;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the page opening a round posts, as typed: name, kind, campaign (optional), council unit, deadline
 * (dd/MM/yyyy), the forms it may give (checkboxes {@code formCodes}) and the budget in VND (optional, digits).
 */
public record RoundForm(String name, String kind, String campaignId, String councilUnitId, String proposalDeadline,
                        List<String> formCodes, String budget) {

    static RoundForm empty(String councilUnitId) {
        return new RoundForm("", "", "", councilUnitId, "", List.of(), "");
    }

    static RoundForm of(Map<String, List<String>> fields) {
        return new RoundForm(first(fields, "name"), first(fields, "kind"), first(fields, "campaignId"),
                first(fields, "councilUnitId"), first(fields, "proposalDeadline"),
                fields.getOrDefault("formCodes", List.of()).stream().filter(c -> c != null && !c.isBlank()).toList(),
                first(fields, "budget"));
    }

    /** What is wrong before the rules are asked. */
    List<FieldIssue> issues() {
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(name)) issues.add(FieldIssue.of("name", "required"));
        else if (name.length() > 300) issues.add(FieldIssue.of("name", "page-too-long", 300));
        if (blank(kind)) issues.add(FieldIssue.of("kind", "required"));
        else if (Arrays.stream(RoundKind.values()).noneMatch(k -> k.name().equals(kind))) {
            issues.add(FieldIssue.of("kind", "page-choice"));
        }
        if (campaignId != null && campaignId.length() > 100) issues.add(FieldIssue.of("campaignId", "page-too-long", 100));
        if (blank(councilUnitId)) issues.add(FieldIssue.of("councilUnitId", "required"));
        else if (councilUnitId.length() > 100) issues.add(FieldIssue.of("councilUnitId", "page-too-long", 100));
        if (blank(proposalDeadline)) issues.add(FieldIssue.of("proposalDeadline", "required"));
        else if (Formats.parseDate(proposalDeadline).isEmpty()) issues.add(FieldIssue.of("proposalDeadline", "page-date"));
        if (formCodes.isEmpty()) issues.add(FieldIssue.of("formCodes", "required"));
        else if (formCodes.size() > 50 || formCodes.stream().anyMatch(c -> c.length() > 80)) {
            issues.add(FieldIssue.of("formCodes", "page-choice"));
        }
        if (!blank(budget) && !budget.strip().replace(".", "").matches("\\d{1,15}")) {
            issues.add(FieldIssue.of("budget", "page-amount"));
        }
        return issues;
    }

    RoundInputs.NewRound toInput() {
        return new RoundInputs.NewRound(name.strip(), RoundKind.valueOf(kind), blank(campaignId) ? null : campaignId.strip(),
                councilUnitId.strip(), null, Formats.parseDate(proposalDeadline).orElseThrow(), formCodes,
                blank(budget) ? null : Long.valueOf(budget.strip().replace(".", "")));
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
