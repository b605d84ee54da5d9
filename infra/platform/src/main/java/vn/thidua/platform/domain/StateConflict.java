package vn.thidua.platform.domain;

import java.util.Arrays;
import java.util.List;

/** The request is well formed but the current state forbids it (HTTP 409). */
public final class StateConflict extends RuleViolation {

    public StateConflict(String code, Object... arguments) {
        super(code, Arrays.asList(arguments), List.of());
    }

    public StateConflict(String code, List<FieldIssue> fields, Object... arguments) {
        super(code, Arrays.asList(arguments), fields);
    }
}
