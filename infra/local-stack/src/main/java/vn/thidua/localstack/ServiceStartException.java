package vn.thidua.localstack;

/** A service exited or did not report {@code UP} in time. The message names it and shows the end of its log. */
public class ServiceStartException extends LocalStackException {

    private final String service;
    private final String logTail;

    public ServiceStartException(String service, String reason, String logFile, String logTail) {
        super("Dịch vụ " + service + " không khởi động được / Service " + service + " failed to start: " + reason
                + ". Last lines of " + logFile + ":" + System.lineSeparator() + logTail, START_FAILED);
        this.service = service;
        this.logTail = logTail;
    }

    public String service() {
        return service;
    }

    /** The last 30 lines of the service's log. */
    public String logTail() {
        return logTail;
    }
}
