package vn.thidua.review.application.documents;

import vn.thidua.platform.upload.ContentTypes;
import vn.thidua.platform.upload.ReceivedFile;
import vn.thidua.platform.upload.UploadRefusals;
import vn.thidua.platform.upload.ZipLimits;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes an uploaded authority document by what it is, never by its name, with the platform's upload checks
 * ({@code vn.thidua.platform.upload}): copied to a private temporary file (stopping one byte past the limit), a zip
 * walked by the zip-bomb guard, then Apache Tika names PDF, JPEG, PNG or Word (DOCX, only when its parts say so).
 */
public final class UploadCheck {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> ACCEPTED = List.of("application/pdf", "image/jpeg", "image/png", DOCX);
    private static final String NAMES = "PDF, DOCX, JPEG, PNG";
    private static final UploadRefusals REFUSALS = UploadRefusals.FILE;
    private static final ContentTypes TYPES = new ContentTypes(ZipLimits.DEFAULT, REFUSALS);

    private UploadCheck() {
    }

    /** An upload in a temporary file, with its size, SHA-256 and detected type; closing deletes it. */
    public record Upload(ReceivedFile file, String mediaType) implements AutoCloseable {

        public Path path() {
            return file.path();
        }

        public long sizeBytes() {
            return file.sizeBytes();
        }

        public String sha256() {
            return file.sha256();
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** @throws vn.thidua.platform.domain.InvalidInput field {@code file}: empty, over {@code maxBytes}, a zip bomb,
     * damaged, or not PDF, DOCX, JPEG or PNG */
    public static Upload receive(InputStream content, long maxBytes) {
        ReceivedFile received = ReceivedFile.receive(content, maxBytes, "thidua-review-", REFUSALS);
        try {
            String type = ContentTypes.baseType(TYPES.detect(received.path()));
            if (!ACCEPTED.contains(type)) throw REFUSALS.unsupported(type, NAMES);
            return new Upload(received, type);
        } catch (RuntimeException e) {
            received.close();
            throw e;
        }
    }

    /** A safe stored name: the uploaded name's letters, digits, dashes and dots (at most 100), with the type's extension. */
    public static String fileName(String uploaded, String mediaType) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot >= 0) base = base.substring(0, dot);
        base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "").strip().replaceAll("^\\.+", "");
        if (base.length() > 100) base = base.substring(0, 100);
        if (base.isBlank()) base = "tai-lieu";
        String extension = switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "docx";
        };
        return base + "." + extension;
    }
}
