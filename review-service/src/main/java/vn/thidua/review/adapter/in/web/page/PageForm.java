package vn.thidua.review.adapter.in.web.page;

import vn.thidua.pages.Formats;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.review.domain.RecognitionDecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One posted form of the review pages: its fields are named {@code <form>-<field>}. Dates are typed dd/MM/yyyy
 * and counts as whole numbers; what cannot be read is recorded as a problem of its field, never guessed.
 */
final class PageForm {

    private static final int COUNT_DIGITS = 6;

    private final String name;
    private final Map<String, String> params;
    private final List<FieldIssue> issues = new ArrayList<>();

    PageForm(String name, Map<String, String> params) {
        this.name = name;
        this.params = params == null ? Map.of() : params;
    }

    /** The field's text, stripped; null when blank. */
    String text(String field) {
        String value = params.get(name + "-" + field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One entry a line, blank lines dropped; null when none. */
    List<String> lines(String field) {
        String value = text(field);
        if (value == null) return null;
        List<String> lines = Arrays.stream(value.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) return null;
        return Formats.parseDate(value).orElseGet(() -> {
            issues.add(FieldIssue.of(field, "invalid-value"));
            return null;
        });
    }

    Integer count(String field) {
        String value = text(field);
        if (value == null) return null;
        if (value.length() > COUNT_DIGITS || !value.chars().allMatch(Character::isDigit)) {
            issues.add(FieldIssue.of(field, "count"));
            return null;
        }
        return Integer.parseInt(value);
    }

    /** One of a coded choice; an unknown code is a problem of its field, a blank one is left to the rules. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) return null;
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) return constant;
        }
        issues.add(FieldIssue.of(field, "invalid-value"));
        return null;
    }

    /** The decision fields every decision form shares: number, date, signer, level. */
    RecognitionDecision decision() {
        LocalDate decidedOn = date("decidedOn");
        return new RecognitionDecision(text("decisionNumber"), decidedOn, text("signer"), text("level"));
    }

    List<FieldIssue> issues() {
        return issues;
    }

    /** What was typed, by field id, to show the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(name + "-")) values.put(key, value);
        });
        return values;
    }
}
