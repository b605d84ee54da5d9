package vn.thidua.award.adapter.in.web.page;

import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the proposal form posts, as typed: whom (a recognised model, a collective or a person), the form, the
 * achievement summary and the report's reference (optional; the report itself is the uploaded file). Field names are the form's; the rules' names map onto them.
 */
public class ProposalForm {

    static final Set<String> KINDS = Set.of("MODEL", "COLLECTIVE", "INDIVIDUAL");

    private String nomineeKind;
    private String modelId;
    private String name;
    private String position;
    private String unitId;
    private String formCode;
    private String summary;
    private String reportReference;

    /** What is wrong before the rules are asked: missing, too long or unknown choices. */
    List<FieldIssue> issues() {
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(nomineeKind)) issues.add(FieldIssue.of("nomineeKind", "required"));
        else if (!KINDS.contains(nomineeKind)) issues.add(FieldIssue.of("nomineeKind", "page-choice"));
        if ("MODEL".equals(nomineeKind)) {
            if (blank(modelId)) issues.add(FieldIssue.of("modelId", "required"));
        } else if (KINDS.contains(String.valueOf(nomineeKind))) {
            if (blank(name)) issues.add(FieldIssue.of("name", "required"));
            if (blank(unitId)) issues.add(FieldIssue.of("unitId", "required"));
        }
        if (blank(formCode)) issues.add(FieldIssue.of("formCode", "required"));
        if (blank(summary)) issues.add(FieldIssue.of("summary", "required"));
        tooLong(issues, "modelId", modelId, 100);
        tooLong(issues, "name", name, 300);
        tooLong(issues, "position", position, 300);
        tooLong(issues, "unitId", unitId, 100);
        tooLong(issues, "formCode", formCode, 80);
        tooLong(issues, "summary", summary, 4000);
        tooLong(issues, "reportReference", reportReference, 500);
        return issues;
    }

    RoundInputs.NewProposal toInput() {
        if ("MODEL".equals(nomineeKind)) {
            return new RoundInputs.NewProposal(RecipientKind.COLLECTIVE, modelId.strip(), null, null, null,
                    formCode.strip(), summary.strip(), strip(reportReference));
        }
        return new RoundInputs.NewProposal(RecipientKind.valueOf(nomineeKind), null, name.strip(),
                blank(position) ? null : position.strip(), unitId.strip(), formCode.strip(), summary.strip(),
                strip(reportReference));
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    /** A rule's field as this form's field. */
    static String formField(String field) {
        return switch (field) {
            case "nominee", "nominee.recipientKind" -> "nomineeKind";
            case "nominee.name" -> "name";
            case "nominee.unitId" -> "unitId";
            case "nominee.modelId" -> "modelId";
            default -> field;
        };
    }

    /** Where a rule without fields points in the summary. */
    String generalField(String code) {
        return switch (code) {
            case "not-eligible", "duplicate-proposal" -> "MODEL".equals(nomineeKind) ? "modelId" : "name";
            case "duplicate-nominee" -> "name";
            default -> "formCode";
        };
    }

    private static void tooLong(List<FieldIssue> issues, String field, String value, int max) {
        if (value != null && value.length() > max) issues.add(FieldIssue.of(field, "page-too-long", max));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getNomineeKind() { return nomineeKind; }
    public void setNomineeKind(String nomineeKind) { this.nomineeKind = nomineeKind; }
    public String getModelId() { return modelId; }
    public void setModelId(String modelId) { this.modelId = modelId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public String getFormCode() { return formCode; }
    public void setFormCode(String formCode) { this.formCode = formCode; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getReportReference() { return reportReference; }
    public void setReportReference(String reportReference) { this.reportReference = reportReference; }
}
