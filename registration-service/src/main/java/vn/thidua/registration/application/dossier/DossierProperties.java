package vn.thidua.registration.application.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of dossier uploads ({@code thidua.dossier.*}): one file, all documents of one model, a DOCX/XLSX once
 * unpacked, the unpacked : packed ratio of any zip entry and the entries of one zip (defaults in the README). The
 * multipart limits in application.yml follow {@code max-file-size}; the web layer checks they agree at start-up.
 */
@ConfigurationProperties("thidua.dossier")
public record DossierProperties(@DefaultValue("20MB") DataSize maxFileSize,
                                @DefaultValue("100MB") DataSize maxDossierSize,
                                @DefaultValue("200MB") DataSize maxUnzippedSize,
                                @DefaultValue("100") int maxCompressionRatio,
                                @DefaultValue("1000") int maxZipEntries) {
}
