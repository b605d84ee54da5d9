package vn.thidua.platform.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused a command: a stable code, its message arguments and the fields at fault. The texts
 * live in message bundles ({@code i18n/rules*.properties} of each service, key {@code rule.<code>}); the web
 * layer resolves them. Throw {@link InvalidInput} (400) or {@link StateConflict} (409).
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;
    private final List<FieldIssue> fields;
    private final String legacyVi;
    private final String legacyEn;

    protected RuleViolation(String code, List<Object> arguments, List<FieldIssue> fields) {
        super(code + (arguments.isEmpty() ? "" : " " + arguments));
        this.code = code;
        this.arguments = List.copyOf(arguments);
        this.fields = fields == null ? List.of() : List.copyOf(fields);
        this.legacyVi = null;
        this.legacyEn = null;
    }

    /** @deprecated texts belong in the message bundles: throw {@link InvalidInput} or {@link StateConflict} */
    @Deprecated
    public RuleViolation(String code, String messageVi, String messageEn, List<FieldIssue> fields) {
        super(code + ": " + messageEn);
        this.code = code;
        this.arguments = List.of();
        this.fields = fields == null ? List.of() : List.copyOf(fields);
        this.legacyVi = messageVi;
        this.legacyEn = messageEn;
    }

    /** @deprecated texts belong in the message bundles: throw {@link InvalidInput} or {@link StateConflict} */
    @Deprecated
    public RuleViolation(String code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, List.of());
    }

    public String code() { return code; }
    public List<Object> arguments() { return arguments; }
    public List<FieldIssue> fields() { return fields; }

    /** @deprecated only for violations built with inline texts; resolve {@link #code()} instead */
    @Deprecated
    public String messageVi() { return legacyVi; }

    /** @deprecated only for violations built with inline texts; resolve {@link #code()} instead */
    @Deprecated
    public String messageEn() { return legacyEn; }

    /** True for a violation built with inline texts (transitional). */
    public boolean hasInlineTexts() { return legacyVi != null; }

    /**
     * One field at fault: its name, a message code (key {@code field.<code>} in the bundles) and the message's
     * arguments.
     */
    public record FieldIssue(String field, String code, List<Object> arguments) {

        /** Code of an issue built with inline texts; its arguments are the Vietnamese and the English text. */
        public static final String INLINE = "inline-text";

        public FieldIssue {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public static FieldIssue of(String field, String code, Object... arguments) {
            return new FieldIssue(field, code, Arrays.asList(arguments));
        }

        /** @deprecated texts belong in the message bundles: use {@link #of(String, String, Object...)} */
        @Deprecated
        public FieldIssue(String field, String messageVi, String messageEn) {
            this(field, INLINE, List.of(messageVi, messageEn));
        }

        /** @deprecated only for issues built with inline texts */
        @Deprecated
        public String messageVi() { return INLINE.equals(code) ? String.valueOf(arguments.get(0)) : code; }

        /** @deprecated only for issues built with inline texts */
        @Deprecated
        public String messageEn() { return INLINE.equals(code) ? String.valueOf(arguments.get(1)) : code; }
    }
}
