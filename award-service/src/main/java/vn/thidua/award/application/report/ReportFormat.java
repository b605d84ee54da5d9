package vn.thidua.award.application.report;

import java.util.Arrays;
import java.util.Optional;

/** What a proposal's report may be, told by its content: PDF, Word (DOC, DOCX) or an image (JPEG, PNG). */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a detected media type, its parameters ignored. */
    static Optional<ReportFormat> of(String detected) {
        String bare = detected == null ? "" : detected.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(bare)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
