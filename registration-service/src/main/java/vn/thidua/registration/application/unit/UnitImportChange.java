package vn.thidua.registration.application.unit;

/** One change an import applied: which row, which unit, what happened. */
public record UnitImportChange(String id, String jobId, int seq, Integer line, String unitId, Action action,
                               String detail) {

    /** What a command did to its unit, as the report names it. */
    public enum Action { OPENED, RENAMED, MOVED, RECLASSIFIED, CLOSED }
}
