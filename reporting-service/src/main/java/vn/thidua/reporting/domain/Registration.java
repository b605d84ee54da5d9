package vn.thidua.reporting.domain;

/** What a model's registration says about it, beyond its identity. Enum values are kept as their names. */
public record Registration(String title, String field, String registrantKind) {
}
