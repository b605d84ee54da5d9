package vn.thidua.review.application.documents;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Takes an uploaded authority document by what it is, never by its name: copied to a private temporary file
 * (stopping one byte past the limit), then Apache Tika names PDF, JPEG or PNG from the first bytes; a zip is
 * Word (DOCX) only if its central directory has the document part and no macros and its content-types part,
 * read at most {@value #CONTENT_TYPES_MAX} bytes, says so. Nothing is ever unpacked beyond that.
 */
public final class UploadCheck {

    static final int CONTENT_TYPES_MAX = 64 * 1024;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> ACCEPTED = List.of("application/pdf", "image/jpeg", "image/png", DOCX);
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private UploadCheck() {
    }

    /** An upload in a temporary file, with its size and SHA-256; closing deletes it. */
    public record Upload(Path path, long sizeBytes, String sha256, String mediaType) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }

    /** @throws InvalidInput field {@code file}: empty, over {@code maxBytes}, or not PDF, DOCX, JPEG or PNG */
    public static Upload receive(InputStream content, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("thidua-review-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Upload upload = new Upload(file, 0, "", null);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) throw refuse("file-too-large", "upload-too-large", megabytes(maxBytes));
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) throw refuse("empty-file", "upload-empty");
            String type = typeOf(file);
            if (!ACCEPTED.contains(type)) throw refuse("unsupported-type", "upload-unsupported", type);
            return new Upload(file, size, HexFormat.of().formatHex(sha256.digest()), type);
        } catch (IOException e) {
            upload.close();
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            upload.close();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            upload.close();
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

    private static String typeOf(Path file) throws IOException {
        String detected;
        try (TikaInputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            MediaType type = DETECTOR.detect(in, new Metadata());
            detected = type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
        }
        if (!"application/zip".equals(detected) && !detected.startsWith("application/x-tika-")) return detected;
        return isWordDocument(file) ? DOCX : detected;
    }

    private static boolean isWordDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || zip.getEntry("word/document.xml") == null || zip.getEntry("word/vbaProject.bin") != null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(types)) {
                String text = new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                return text.contains("wordprocessingml.document.main+xml") && !text.contains("macroenabled");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static InvalidInput refuse(String code, String fieldCode, Object... arguments) {
        return new InvalidInput(code, List.of(FieldIssue.of("file", fieldCode, arguments)), arguments);
    }
}
