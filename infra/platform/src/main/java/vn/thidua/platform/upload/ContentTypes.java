package vn.thidua.platform.upload;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names a received file's type by what it is, never by its name: a zip is first walked by {@link ZipBombGuard},
 * then Apache Tika reads the content alone; its OOXML detection says DOCX or XLSX only when the parts say so (a
 * plain zip stays {@code application/zip}, a macro-enabled file is named as such).
 */
public final class ContentTypes {

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private final ZipBombGuard zipBombGuard;
    private final UploadRefusals refusals;

    public ContentTypes(ZipLimits zipLimits, UploadRefusals refusals) {
        this.zipBombGuard = new ZipBombGuard(zipLimits, refusals);
        this.refusals = refusals;
    }

    /**
     * The accepted format of a file: {@code accepted} maps Tika's verdict to it (or nothing).
     *
     * @param names the accepted formats, named in the refusal
     * @throws vn.thidua.platform.domain.RuleViolation zip bomb, damaged, or not accepted (naming the detected type)
     */
    public <T> T accept(Path file, Function<String, Optional<T>> accepted, String names) {
        String detected = detect(file);
        return accepted.apply(detected).orElseThrow(() -> refusals.unsupported(detected, names));
    }

    /**
     * Tika's verdict on the content alone, e.g. {@code application/pdf}, {@code application/x-msdownload; format=pe}.
     *
     * @throws vn.thidua.platform.domain.RuleViolation zip bomb or damaged
     */
    public String detect(Path file) {
        if (startsLikeZip(file)) zipBombGuard.inspect(file);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = DETECTOR.detect(in, new Metadata());
            return type == null ? MediaType.OCTET_STREAM.toString() : type.toString();
        } catch (IOException e) {
            throw refusals.damaged();
        }
    }

    /** A media type without its parameters, e.g. {@code application/x-msdownload}. */
    public static String baseType(String mediaType) {
        return mediaType == null ? "" : mediaType.split(";", 2)[0].strip();
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
