package vn.thidua.award.application.report;

import java.io.InputStream;

/** A report file as a page or the API received it: the name it was sent under (may be null) and its bytes. */
public record ReportUpload(String fileName, InputStream content) {
}
