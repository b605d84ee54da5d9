package vn.thidua.registration.domain.unit;

import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.VietnameseText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-unit rules of the organisation tree, shared by the {@link Unit} aggregate and by whoever prepares
 * its commands (the import checks a whole file against the same rules before it sends anything).
 */
public final class UnitRules {

    /** Codes are what other systems key on (GSO codes such as 01, D464, W19363, C09700): short, URL-safe. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_NAME = 200;
    public static final int MAX_KIND = 80;
    public static final int MAX_GROUPS = 20;

    private UnitRules() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Checks a unit code, adding an issue named {@code field} when it is missing or malformed. */
    public static void checkCode(String field, String code, boolean required, List<FieldIssue> issues) {
        if (blank(code)) {
            if (required) issues.add(required(field));
        } else if (!CODE.matcher(code).matches()) {
            issues.add(FieldIssue.of(field, "unit-code"));
        }
    }

    /** Checks a text that is required and at most {@code max} characters long (after NFC and trimming). */
    public static void checkText(String field, String value, int max, List<FieldIssue> issues) {
        String text = VietnameseText.nfc(value);
        if (blank(text)) {
            issues.add(required(field));
        } else if (text.length() > max) {
            issues.add(FieldIssue.of(field, "unit-too-long", String.valueOf(max)));
        }
    }

    public static void checkGroups(List<String> groups, List<FieldIssue> issues) {
        List<String> clean = groups(groups);
        if (clean.size() > MAX_GROUPS) {
            issues.add(FieldIssue.of("groups", "unit-groups-count", String.valueOf(MAX_GROUPS)));
        }
        if (clean.stream().anyMatch(g -> g.length() > MAX_KIND)) {
            issues.add(FieldIssue.of("groups", "unit-group-length", String.valueOf(MAX_KIND)));
        }
    }

    /** Groups as stored: NFC, trimmed, no blanks, no repeats, in the order given. */
    public static List<String> groups(List<String> groups) {
        if (groups == null) return List.of();
        Set<String> clean = new LinkedHashSet<>();
        for (String group : groups) {
            String text = VietnameseText.nfc(group);
            if (!blank(text)) clean.add(text);
        }
        return List.copyOf(new ArrayList<>(clean));
    }

    public static FieldIssue required(String field) {
        return FieldIssue.of(field, "NotNull");
    }
}
