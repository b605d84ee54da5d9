package vn.thidua.award.adapter.in.web.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.web.RuleMessages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The errors of a form as the kit shows them: {@code errors} (field → message, next to each field) and
 * {@code issues} (the summary: the field to link to and "label message"), in the rules' Vietnamese or English.
 */
final class PageErrors {

    /** One line of the summary (the kit's {@code summary(issues)} reads {@code field()} and {@code message()}). */
    record Issue(String field, String message) {
    }

    private PageErrors() {
    }

    /** The issues of {@code violation}, its field names turned into the form's by {@code field}; none: general. */
    static void show(Model model, MessageSource messages, String prefix, RuleViolation violation,
                     UnaryOperator<String> field, String generalField) {
        List<FieldIssue> issues = violation.fields().isEmpty()
                ? List.of() : violation.fields().stream()
                .map(i -> new FieldIssue(field.apply(i.field()), i.code(), i.arguments())).toList();
        show(model, messages, prefix, issues, violation.fields().isEmpty() ? violation : null, generalField);
    }

    static void show(Model model, MessageSource messages, String prefix, List<FieldIssue> issues,
                     RuleViolation general, String generalField) {
        Locale locale = LocaleContextHolder.getLocale();
        RuleMessages texts = RuleMessages.get();
        Map<String, String> byField = new LinkedHashMap<>();
        List<Issue> summary = new ArrayList<>();
        if (general != null) summary.add(new Issue(generalField, texts.text(general, locale)));
        for (FieldIssue issue : issues) {
            String message = texts.text(issue, locale);
            if (byField.putIfAbsent(issue.field(), message) == null) {
                String label = messages.getMessage(prefix + issue.field(), null, issue.field(), locale);
                summary.add(new Issue(issue.field(), label + ": " + message));
            }
        }
        model.addAttribute("errors", byField);
        model.addAttribute("issues", summary);
    }

    static void none(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("issues", List.of());
    }
}
