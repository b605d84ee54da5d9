package vn.thidua.review.adapter.in.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.pages.Downloads;
import vn.thidua.review.application.documents.AuthorityFile;

import java.io.IOException;
import java.io.InputStream;

/** A stored authority document as the kit's download: its detected type, an attachment, never cached. */
public final class AuthorityDownloads {

    private AuthorityDownloads() {
    }

    public static ResponseEntity<byte[]> of(AuthorityFile file) throws IOException {
        try (InputStream in = file.bytes().getInputStream()) {
            return Downloads.of(in.readAllBytes(), MediaType.parseMediaType(file.mediaType()), file.fileName());
        }
    }
}
