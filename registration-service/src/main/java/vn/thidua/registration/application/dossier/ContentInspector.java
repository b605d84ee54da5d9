package vn.thidua.registration.application.dossier;

import org.springframework.stereotype.Component;
import vn.thidua.platform.upload.ContentTypes;
import vn.thidua.platform.upload.ReceivedFile;
import vn.thidua.platform.upload.ZipLimits;
import vn.thidua.registration.domain.dossier.DocumentFormat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accepts a dossier file by what it is, never by its name, with the platform's upload checks
 * ({@code vn.thidua.platform.upload}) under the dossier's limits: PDF, DOCX, XLSX, JPEG, PNG (a unit's plan
 * uses it too, with its own formats).
 */
@Component
public class ContentInspector {

    private final DossierProperties limits;
    private final ContentTypes types;

    public ContentInspector(DossierProperties limits) {
        this.limits = limits;
        this.types = new ContentTypes(new ZipLimits(limits.maxUnzippedSize().toBytes(), limits.maxCompressionRatio(),
                limits.maxZipEntries()), UploadRejections.REFUSALS);
    }

    /**
     * Copies the upload to a temporary file (closing it deletes the file).
     *
     * @throws vn.thidua.platform.domain.RuleViolation empty or larger than {@code max-file-size}
     */
    public ReceivedFile receive(InputStream content) {
        return ReceivedFile.receive(content, limits.maxFileSize().toBytes(), "thidua-dossier-",
                UploadRejections.REFUSALS);
    }

    /**
     * The accepted format of a received file.
     *
     * @throws vn.thidua.platform.domain.RuleViolation zip bomb, damaged, or a type other than PDF, DOCX, XLSX,
     *                                                 JPEG, PNG (the message names the detected type)
     */
    public DocumentFormat inspect(Path file) {
        return inspect(file, EnumSet.allOf(DocumentFormat.class));
    }

    /** As {@link #inspect(Path)}, accepting only {@code accepted} (a plan: PDF or DOCX) and naming them if refused. */
    public DocumentFormat inspect(Path file, Set<DocumentFormat> accepted) {
        String names = Arrays.stream(DocumentFormat.values()).filter(accepted::contains).map(Enum::name)
                .collect(Collectors.joining(", "));
        return types.accept(file, type -> DocumentFormat.ofMediaType(type).filter(accepted::contains), names);
    }
}
