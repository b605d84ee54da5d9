package vn.thidua.platform.domain;

import java.util.List;

/**
 * A business rule refused a command. Carries a stable code, a Vietnamese and an English message, and the
 * fields at fault, so the REST layer can answer with problem+json without knowing the rule. A plain Java
 * type: aggregates may throw it without depending on web, Kafka or Mongo.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String messageVi;
    private final String messageEn;
    private final List<FieldIssue> fields;

    public RuleViolation(String code, String messageVi, String messageEn, List<FieldIssue> fields) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public RuleViolation(String code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, List.of());
    }

    public String code() { return code; }
    public String messageVi() { return messageVi; }
    public String messageEn() { return messageEn; }
    public List<FieldIssue> fields() { return fields; }

    /** One field at fault, in both languages. */
    public record FieldIssue(String field, String messageVi, String messageEn) {
    }
}
