package vn.thidua.pages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A file a page offers: printed documents, sheets and open data, named in Vietnamese and never cached. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return of(body, MediaType.APPLICATION_PDF, fileName);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return of(body, XLSX, fileName);
    }

    /** The body as an attachment; a Vietnamese file name travels as UTF-8 ({@code filename*}). */
    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
