package vn.thidua.review.adapter.in.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.review.application.documents.AuthorityFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A stored authority document as a download: its detected type, always an attachment, never sniffed by the browser. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<InputStreamResource> attachment(AuthorityFile file) throws IOException {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.bytes().getInputStream()));
    }
}
