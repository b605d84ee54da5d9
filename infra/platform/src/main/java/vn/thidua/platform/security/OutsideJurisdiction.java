package vn.thidua.platform.security;

/** The caller's role or unit does not allow this (403). Carries no data about the thing refused. */
public class OutsideJurisdiction extends RuntimeException {

    private final String reason;

    public OutsideJurisdiction(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    /** A short, data-free reason for the log and the metric ({@code role}, {@code unit}). */
    public String reason() {
        return reason;
    }
}
