package vn.thidua.localstack;

/**
 * A problem the user can fix (port in use, service jar missing, a service that does not start...), with the
 * message to print as is — no stack trace — and the process exit code of the launcher.
 */
public class LocalStackException extends RuntimeException {

    /** Exit code for problems detected before anything was started (ports, jars, Java version). */
    public static final int PRECONDITION_FAILED = 2;
    /** Exit code when something was started but did not come up. */
    public static final int START_FAILED = 1;

    private final int exitCode;

    public LocalStackException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public LocalStackException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
