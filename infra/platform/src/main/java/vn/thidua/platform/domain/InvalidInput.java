package vn.thidua.platform.domain;

import java.util.Arrays;
import java.util.List;

/** The caller's input breaks a rule and is theirs to fix (HTTP 400); names the fields at fault. */
public final class InvalidInput extends RuleViolation {

    /** Generic code whose message lists the fields at fault. */
    public static final String VALIDATION = "validation";

    public InvalidInput(String code, List<FieldIssue> fields, Object... arguments) {
        super(code, Arrays.asList(arguments), fields);
    }

    /** Invalid values in the given fields, with the generic message naming them. */
    public InvalidInput(List<FieldIssue> fields) {
        this(VALIDATION, fields);
    }

    public InvalidInput(FieldIssue... fields) {
        this(VALIDATION, List.of(fields));
    }
}
