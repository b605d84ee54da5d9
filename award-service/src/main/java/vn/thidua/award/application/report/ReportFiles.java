package vn.thidua.award.application.report;

import java.nio.file.Path;
import java.util.Optional;

/** The bytes of the proposals' reports (a port; MongoDB GridFS in production). Events carry metadata only. */
public interface ReportFiles {

    /** Stores the file's bytes; returns the new report id. */
    String store(Path file, String fileName, String mediaType);

    void delete(String reportId);

    Optional<ReportContent> find(String reportId);
}
