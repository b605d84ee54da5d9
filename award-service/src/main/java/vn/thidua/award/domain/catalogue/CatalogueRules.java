package vn.thidua.award.domain.catalogue;

import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a form of the catalogue and an entry of the base-salary table must hold before they are kept. */
public final class CatalogueRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,80}");

    private CatalogueRules() {
    }

    public static void checkForm(AwardFormDefinition form, AwardCatalogue catalogue) {
        List<FieldIssue> issues = new ArrayList<>();
        if (form.code() == null || !CODE.matcher(form.code()).matches()) issues.add(FieldIssue.of("code", "form-code"));
        if (blank(form.name())) issues.add(FieldIssue.of("name", "required"));
        if (form.kind() == null) issues.add(FieldIssue.of("kind", "required"));
        if (blank(form.authority())) issues.add(FieldIssue.of("authority", "required"));
        if (form.level() == null || catalogue.level(form.level()).isEmpty()) {
            issues.add(FieldIssue.of("level", "unknown-level", String.valueOf(form.level())));
        }
        if (form.recipients().isEmpty()) issues.add(FieldIssue.of("recipients", "required"));
        for (Coefficients c : form.coefficients()) {
            if (c.effectiveFrom() == null) issues.add(FieldIssue.of("coefficients.effectiveFrom", "required"));
            if (blank(c.source())) issues.add(FieldIssue.of("coefficients.source", "required"));
            c.byRecipient().forEach((recipient, value) -> {
                if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
                    issues.add(FieldIssue.of("coefficients.byRecipient", "coefficient-range"));
                } else if (!form.isFor(recipient)) {
                    issues.add(FieldIssue.of("coefficients.byRecipient", "recipient-not-listed", recipient.name()));
                }
            });
        }
        if (form.coefficients().stream().map(Coefficients::effectiveFrom).distinct().count()
                != form.coefficients().size()) {
            issues.add(FieldIssue.of("coefficients.effectiveFrom", "duplicate-date"));
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
    }

    public static void checkBaseSalary(BaseSalary salary) {
        List<FieldIssue> issues = new ArrayList<>();
        if (salary.effectiveFrom() == null) issues.add(FieldIssue.of("effectiveFrom", "required"));
        if (salary.amount() <= 0 || salary.amount() > 1_000_000_000L) issues.add(FieldIssue.of("amount", "amount-range"));
        if (blank(salary.source())) issues.add(FieldIssue.of("source", "required"));
        if (!issues.isEmpty()) throw new InvalidInput(issues);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
