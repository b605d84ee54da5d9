package vn.thidua.reporting.application.deadline;

/** Sends a digest (port; SMTP in production). */
public interface DigestMail {

    /** @throws RuntimeException when the mail was not accepted */
    void send(Digest digest);
}
