package vn.thidua.reporting.application.dashboard;

/**
 * How far the projection has come (port): a text that changes whenever what it holds may have changed: the active
 * generation, the batches this instance wrote, the stored read positions (another instance's writes).
 */
@FunctionalInterface
public interface ProjectionVersion {

    String current();

    /** A text that changes whenever the organisation tree may have changed (by default: whenever anything may). */
    default String tree() {
        return current();
    }
}
