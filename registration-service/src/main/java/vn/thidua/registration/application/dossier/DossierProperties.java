package vn.thidua.registration.application.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of dossier uploads ({@code thidua.dossier.*}). The service's multipart limits
 * ({@code spring.servlet.multipart.*} in application.yml) follow {@code max-file-size}; the web layer checks
 * at start-up that they agree.
 *
 * @param maxFileSize         one file (default 20 MB)
 * @param maxDossierSize      all documents of one model together (default 100 MB)
 * @param maxUnzippedSize     a DOCX/XLSX (a zip) once unpacked, all entries together (default 200 MB)
 * @param maxCompressionRatio unpacked : packed of any one zip entry (default 100), beyond which it is a zip bomb
 * @param maxZipEntries       entries of one DOCX/XLSX (default 1000; real documents have tens)
 */
@ConfigurationProperties("thidua.dossier")
public record DossierProperties(@DefaultValue("20MB") DataSize maxFileSize,
                                @DefaultValue("100MB") DataSize maxDossierSize,
                                @DefaultValue("200MB") DataSize maxUnzippedSize,
                                @DefaultValue("100") int maxCompressionRatio,
                                @DefaultValue("1000") int maxZipEntries) {
}
