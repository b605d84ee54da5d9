package vn.thidua.platform.web;

import org.springframework.validation.FieldError;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

/** Bean Validation errors as field issues, keyed {@code field.<Constraint>} in the platform's bundle. */
final class FieldMessages {

    private FieldMessages() {
    }

    /** Bean Validation passes attribute values as trailing arguments; Size is (min, max) → args[2], args[1]. */
    static FieldIssue of(FieldError error) {
        Object[] args = error.getArguments();
        String code = error.getCode() == null ? "invalid" : error.getCode();
        if ("Size".equals(code) && args != null && args.length >= 3) {
            return FieldIssue.of(error.getField(), code, args[2], args[1]);
        }
        if (args != null && args.length >= 2 && (code.equals("Min") || code.equals("Max"))) {
            return FieldIssue.of(error.getField(), code, args[1]);
        }
        return FieldIssue.of(error.getField(), KNOWN.contains(code) ? code : "invalid");
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("NotBlank", "NotNull", "NotEmpty", "Size",
            "Pattern", "Email", "Min", "Max", "Positive", "PastOrPresent", "FutureOrPresent");
}
