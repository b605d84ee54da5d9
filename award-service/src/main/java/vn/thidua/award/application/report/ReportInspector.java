package vn.thidua.award.application.report;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Accepts a report by what it is, never by its name (as registration's dossier uploads): the bytes go to a private
 * temporary file, stopping one byte past the limit; a zip (DOCX) is inflated once under limits before Apache Tika
 * reads it; Tika names the type from the content alone. Every refusal names the field {@code report}.
 */
@Component
public class ReportInspector {

    static final int MAX_ZIP_ENTRIES = 1000;
    static final long MAX_UNZIPPED = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final long GRACE_BYTES = 100 * 1024;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final long maxBytes;

    public ReportInspector(@Value("${thidua.award.report.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Copies the upload to a temporary file the caller deletes; refuses it empty or too large. */
    public Path receive(InputStream content) {
        Path file;
        try {
            file = Files.createTempFile("thidua-report-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean keep = false;
        try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) throw refused("report-too-large", (maxBytes / (1024 * 1024)) + " MB");
                out.write(buffer, 0, n);
            }
            if (size == 0) throw refused("report-empty");
            keep = true;
            return file;
        } catch (IOException e) {
            throw refused("report-damaged");
        } finally {
            if (!keep) delete(file);
        }
    }

    /** The report's format; refuses a zip bomb, a damaged file or any other type (named in the message). */
    public ReportFormat inspect(Path file) {
        if (startsLikeZip(file)) checkZip(file);
        String detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = String.valueOf(detector.detect(in, new Metadata()));
        } catch (IOException e) {
            throw refused("report-damaged");
        }
        return ReportFormat.of(detected).orElseThrow(() -> refused("report-unsupported", detected,
                ReportFormat.names()));
    }

    static InvalidInput refused(String code, Object... arguments) {
        return new InvalidInput(code, List.of(FieldIssue.of("report", code, arguments)), arguments);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind goes with the temporary directory
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inflates every entry once, counting what comes out (declared sizes can lie). */
    private static void checkZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) throw refused("report-zip-bomb");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        total += n;
                        boolean ratio = unpacked > GRACE_BYTES && unpacked > packed * MAX_RATIO;
                        if (total > MAX_UNZIPPED || ratio) throw refused("report-zip-bomb");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refusal) throw refusal;
            throw refused("report-damaged");
        }
    }
}
