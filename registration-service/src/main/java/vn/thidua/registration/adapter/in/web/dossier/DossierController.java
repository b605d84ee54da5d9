package vn.thidua.registration.adapter.in.web.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.registration.application.dossier.DocumentContent;
import vn.thidua.registration.application.dossier.DossierDocumentView;
import vn.thidua.registration.application.dossier.DossierCommands;
import vn.thidua.registration.application.dossier.DossierQueries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** The documents of a model's dossier (hồ sơ): upload, list, download, remove. */
@RestController
@RequestMapping("/api/models/{modelId}/documents")
public class DossierController {

    private final DossierCommands dossier;
    private final DossierQueries documents;

    public DossierController(DossierCommands dossier, DossierQueries documents) {
        this.dossier = dossier;
        this.documents = documents;
    }

    @Operation(summary = "Tải lên tài liệu hồ sơ / Upload a dossier document",
            description = "Multipart: file, kind (REGISTRATION_FORM, EVIDENCE, PHOTO, SUMMARY_TABLE, "
                    + "ACHIEVEMENT_REPORT, PORTRAIT; a photo or portrait must be an image). Accepted by content, "
                    + "never by name: PDF, DOCX, XLSX, JPEG, PNG; at most thidua.dossier.max-file-size per file and "
                    + "max-dossier-size per dossier. Refusals are problem+json naming the field 'file': "
                    + "400 (empty, unsupported type, zip bomb, duplicate), 413 (too large), 409 (withdrawn model, "
                    + "second registration form), 404 (unknown model).")
    @ApiResponse(responseCode = "201", description = "Đã đính kèm / Attached")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<DossierDocumentView> upload(
            @PathVariable String modelId,
            @Parameter(description = "Tệp / The file") @RequestParam(value = "file", required = false) MultipartFile file,
            @Parameter(description = "Loại tài liệu / Document kind",
                    schema = @Schema(allowableValues = {"REGISTRATION_FORM", "EVIDENCE", "PHOTO", "SUMMARY_TABLE"}))
            @RequestParam(value = "kind", required = false) String kind) {
        dossier.requireUploader(modelId);
        var form = new UploadForm(file, kind);
        var documentKind = form.validKind();
        DossierDocumentView attached;
        try {
            attached = dossier.attach(modelId, documentKind, file.getOriginalFilename(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create("/api/models/" + modelId + "/documents/"
                + attached.documentId() + "/content")).body(attached);
    }

    @Operation(summary = "Danh sách tài liệu hồ sơ / Documents of a model's dossier")
    @GetMapping
    public List<DossierDocumentView> documents(@PathVariable String modelId) {
        return documents.documents(modelId);
    }

    @Operation(summary = "Tải về tài liệu / Download a document",
            description = "The stored bytes as an attachment, with the type detected at upload, "
                    + "X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy.")
    @GetMapping("/{documentId}/content")
    public ResponseEntity<InputStreamResource> content(@PathVariable String modelId, @PathVariable String documentId)
            throws IOException {
        return download(documents.content(modelId, documentId));
    }

    /** The stored bytes as an attachment that no browser runs or sniffs (a plan's file is sent the same way). */
    public static ResponseEntity<InputStreamResource> download(DocumentContent content) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(content.fileName()));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        if (content.sha256() != null) {
            headers.setETag("\"" + content.sha256() + "\"");
            headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                    .encodeToString(HexFormat.of().parseHex(content.sha256())) + ":");
        }
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .contentLength(content.sizeBytes())
                .body(new InputStreamResource(content.bytes().getInputStream()));
    }

    @Operation(summary = "Gỡ tài liệu khỏi hồ sơ / Remove a document from the dossier")
    @DeleteMapping("/{documentId}")
    public ResponseEntity<Void> remove(@PathVariable String modelId, @PathVariable String documentId) {
        dossier.remove(modelId, documentId);
        return ResponseEntity.noContent().build();
    }
}
