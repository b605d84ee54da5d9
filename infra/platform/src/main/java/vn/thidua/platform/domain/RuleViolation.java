package vn.thidua.platform.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused a command: a stable code, its message arguments and the fields at fault. The texts
 * live in message bundles ({@code i18n/rules*.properties} of each service, key {@code rule.<code>}); the web
 * layer resolves them. Throw {@link InvalidInput} (400) or {@link StateConflict} (409).
 */
public abstract sealed class RuleViolation extends RuntimeException permits InvalidInput, StateConflict {

    private final String code;
    private final List<Object> arguments;
    private final List<FieldIssue> fields;

    protected RuleViolation(String code, List<Object> arguments, List<FieldIssue> fields) {
        super(code + (arguments.isEmpty() ? "" : " " + arguments));
        this.code = code;
        this.arguments = List.copyOf(arguments);
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public String code() { return code; }
    public List<Object> arguments() { return arguments; }
    public List<FieldIssue> fields() { return fields; }

    /**
     * One field at fault: its name, a message code (key {@code field.<code>} in the bundles) and the message's
     * arguments.
     */
    public record FieldIssue(String field, String code, List<Object> arguments) {

        public FieldIssue {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public static FieldIssue of(String field, String code, Object... arguments) {
            return new FieldIssue(field, code, Arrays.asList(arguments));
        }
    }
}
