package vn.thidua.registration.application.dossier;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;
import vn.thidua.registration.domain.dossier.DocumentFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Accepts a file by what it is, never by its name: the bytes go to a private temporary file (counted and hashed,
 * stopping one byte past the limit), a zip is walked by {@link ZipBombGuard}, then Apache Tika names the type from
 * the content alone; its OOXML detection tells DOCX and XLSX from a plain zip or a macro-enabled file (refused).
 */
@Component
public class ContentInspector {

    private final Detector detector;
    private final DossierProperties limits;
    private final ZipBombGuard zipBombGuard;

    public ContentInspector(DossierProperties limits) {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
        this.limits = limits;
        this.zipBombGuard = new ZipBombGuard(limits.maxUnzippedSize().toBytes(), limits.maxCompressionRatio(),
                limits.maxZipEntries());
    }

    /**
     * Copies the upload to a temporary file.
     *
     * @throws vn.thidua.platform.domain.RuleViolation empty or larger than {@code max-file-size}
     */
    public ReceivedFile receive(InputStream content) {
        long max = limits.maxFileSize().toBytes();
        Path file;
        try {
            file = Files.createTempFile("thidua-dossier-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean keep = false;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > max) throw UploadRejections.tooLarge(max);
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) throw UploadRejections.empty();
            keep = true;
            return new ReceivedFile(file, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!keep) new ReceivedFile(file, 0, "").close();
        }
    }

    /**
     * The accepted format of a received file.
     *
     * @throws vn.thidua.platform.domain.RuleViolation zip bomb, damaged, or a type other than PDF, DOCX, XLSX,
     *                                                 JPEG, PNG (the message names the detected type)
     */
    public DocumentFormat inspect(Path file) {
        if (startsLikeZip(file)) zipBombGuard.inspect(file);
        String detected = detect(file);
        return DocumentFormat.ofMediaType(detected).orElseThrow(() -> UploadRejections.unsupported(detected));
    }

    /** Tika's verdict on the content alone, e.g. {@code application/pdf}, {@code application/x-msdownload; format=pe}. */
    public String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type == null ? MediaType.OCTET_STREAM.toString() : type.toString();
        } catch (IOException e) {
            throw UploadRejections.damaged();
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return ZipBombGuard.looksLikeZip(head, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
