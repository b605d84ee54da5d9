package vn.thidua.award.adapter.in.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.award.application.report.ReportContent;
import vn.thidua.award.application.report.ReportUpload;
import vn.thidua.pages.Downloads;

import java.io.IOException;

/** A proposal's report over HTTP, for the API and the pages: the upload read, the download sent as a sandboxed attachment. */
public final class ReportDownloads {

    private ReportDownloads() {
    }

    /** The upload as the application takes it; none (or an empty part without a name) is null. */
    public static ReportUpload upload(MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        return new ReportUpload(file.getOriginalFilename(), file.getInputStream());
    }

    /** The stored report as an attachment the browser neither sniffs nor runs. */
    public static ResponseEntity<byte[]> of(ReportContent report) {
        ResponseEntity<byte[]> download = Downloads.of(report.bytes(), MediaType.parseMediaType(report.mediaType()),
                report.fileName());
        return ResponseEntity.ok().headers(headers -> {
            headers.addAll(download.getHeaders());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Content-Security-Policy", "sandbox");
        }).body(download.getBody());
    }
}
