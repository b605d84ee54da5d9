package vn.thidua.award.application.report;

/** A stored report to send back: its safe name, the type read from its content, and its bytes. */
public record ReportContent(String fileName, String mediaType, byte[] bytes) {
}
