package vn.thidua.registration.domain.dossier;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats a dossier (hồ sơ) accepts, told apart by their content, never by their name: PDF, Word
 * (DOCX), Excel (XLSX), JPEG and PNG. Each has one canonical extension that a stored file name ends with.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf", Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Set.of("xlsx")),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", "png", Set.of("png"));

    private final String mediaType;
    private final String extension;
    private final Set<String> extensionAliases;

    DocumentFormat(String mediaType, String extension, Set<String> extensionAliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensionAliases = extensionAliases;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The canonical extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether {@code extension} (without dot, any case) is a usual name of this format. */
    public boolean isAlias(String extension) {
        return extension != null && extensionAliases.contains(extension.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    /** The format of an exact media type (parameters such as {@code ; charset=} are ignored). */
    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        if (mediaType == null) return Optional.empty();
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** "PDF, DOCX, XLSX, JPEG, PNG" for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
