package vn.thidua.award.application.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.thidua.platform.upload.ContentTypes;
import vn.thidua.platform.upload.ReceivedFile;
import vn.thidua.platform.upload.UploadRefusals;
import vn.thidua.platform.upload.ZipLimits;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Accepts a report by what it is, never by its name, with the platform's upload checks
 * ({@code vn.thidua.platform.upload}) under the report's limit: PDF, DOC, DOCX, JPEG, PNG. Every refusal names the
 * field {@code report} with award's own codes ({@code report-empty}, {@code report-too-large}, …).
 */
@Component
public class ReportInspector {

    static final UploadRefusals REFUSALS = UploadRefusals.named("report", "report-");

    private final ContentTypes types = new ContentTypes(ZipLimits.DEFAULT, REFUSALS);
    private final long maxBytes;

    public ReportInspector(@Value("${thidua.award.report.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Copies the upload to a temporary file (closing it deletes the file); refuses it empty, too large or unread. */
    public ReceivedFile receive(InputStream content) {
        try {
            return ReceivedFile.receive(content, maxBytes, "thidua-report-", REFUSALS);
        } catch (UncheckedIOException e) {
            throw REFUSALS.damaged();
        }
    }

    /** The report's format; refuses a zip bomb, a damaged file or any other type (named in the message). */
    public ReportFormat inspect(Path file) {
        return types.accept(file, ReportFormat::of, ReportFormat.names());
    }
}
