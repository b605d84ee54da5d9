package vn.thidua.registration.adapter.in.web.dossier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.dossier.DossierDocumentView;
import vn.thidua.registration.application.dossier.DossierCommands;
import vn.thidua.registration.application.dossier.DossierQueries;
import vn.thidua.registration.application.dossier.UploadRejections;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Sizes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier page of one model: its documents (kind, name, type, size, when and by whom, download) and an
 * upload form (file + kind) that comes back with the reason when a file is refused. The list is a view built
 * from events, so the page merges the change it has just made (flash attributes) to show it at once.
 */
@Controller
public class DossierPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierCommands dossier;
    private final DossierQueries documents;
    private final ModelQueries models;

    public DossierPage(DossierCommands dossier, DossierQueries documents, ModelQueries models) {
        this.dossier = dossier;
        this.documents = documents;
        this.models = models;
    }

    /** One row of the documents table. */
    public record Row(String documentId, DocumentKind kind, String fileName, String format, String size,
                      String uploadedAt, String uploadedBy, String downloadUrl) {
    }

    @GetMapping("/models/{modelId}/dossier")
    public String page(@PathVariable String modelId, @RequestParam(value = UploadLimitAdvice.REJECTED_PARAM,
            required = false) String rejected, Model page, Locale locale, HttpServletResponse response) {
        if (!page.containsAttribute("selectedKind")) page.addAttribute("selectedKind", "");
        if (UploadRejections.TOO_LARGE.equals(rejected) && !page.containsAttribute("errors")) {
            showRefusal(page, UploadRejections.tooLarge(documents.limits().maxFileSize().toBytes()), locale);
        }
        return render(modelId, page, locale, response);
    }

    @PostMapping("/models/{modelId}/dossier")
    public String upload(@PathVariable String modelId,
                         @RequestParam(value = "file", required = false) MultipartFile file,
                         @RequestParam(value = "kind", required = false) String kind,
                         Model page, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            DocumentKind documentKind = new UploadForm(file, kind).validKind();
            DossierDocumentView attached = dossier.attach(modelId, documentKind, file.getOriginalFilename(),
                    file.getInputStream());
            redirect.addFlashAttribute("uploaded", attached);
            return "redirect:/models/{modelId}/dossier";
        } catch (RuleViolation refused) {
            page.addAttribute("selectedKind", kind == null ? "" : kind);
            showRefusal(page, refused, locale);
            response.setStatus(DossierRefusals.status(refused).value());
            return render(modelId, page, locale, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/models/{modelId}/dossier/{documentId}/remove")
    public String remove(@PathVariable String modelId, @PathVariable String documentId, Model page, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        try {
            dossier.remove(modelId, documentId);
            redirect.addFlashAttribute("removedId", documentId);
            return "redirect:/models/{modelId}/dossier";
        } catch (RuleViolation refused) {
            page.addAttribute("selectedKind", "");
            showRefusal(page, refused, locale);
            response.setStatus(409);
            return render(modelId, page, locale, response);
        } catch (NotFound gone) {
            redirect.addFlashAttribute("removedId", documentId);
            return "redirect:/models/{modelId}/dossier";
        }
    }

    /** A document of the dossier, from the page (the same checks and headers as the API's download). */
    @GetMapping("/models/{modelId}/dossier/{documentId}/content")
    public org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> download(
            @PathVariable String modelId, @PathVariable String documentId) throws IOException {
        return DossierController.download(documents.content(modelId, documentId));
    }

    private String render(String modelId, Model page, Locale locale, HttpServletResponse response) {
        ModelView model;
        List<DossierDocumentView> listed;
        try {
            model = models.model(modelId);
            listed = new ArrayList<>(documents.documents(modelId));
        } catch (NotFound missing) {
            throw missing; // refused like a model outside the subtree (the kit's 403 page): ids cannot be probed
        }
        Object uploaded = page.getAttribute("uploaded");
        if (uploaded instanceof DossierDocumentView just
                && listed.stream().noneMatch(d -> d.documentId().equals(just.documentId()))) {
            listed.add(just);
        }
        Object removedId = page.getAttribute("removedId");
        if (removedId != null) listed.removeIf(d -> d.documentId().equals(removedId));

        long total = listed.stream().mapToLong(DossierDocumentView::sizeBytes).sum();
        page.addAttribute("model", model);
        page.addAttribute("withdrawn", ModelView.WITHDRAWN.equals(model.status()));
        page.addAttribute("rows", listed.stream().map(d -> row(modelId, d)).toList());
        page.addAttribute("kinds", DocumentKind.values());
        page.addAttribute("maxFileSize", Sizes.megabytes(documents.limits().maxFileSize().toBytes()));
        page.addAttribute("maxDossierSize", Sizes.megabytes(documents.limits().maxDossierSize().toBytes()));
        page.addAttribute("totalSize", Sizes.human(total));
        page.addAttribute("formats", DocumentFormat.names());
        page.addAttribute("accept", ".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,"
                + DocumentFormat.DOCX.mediaType() + "," + DocumentFormat.XLSX.mediaType());
        return "dossier/page";
    }

    private static Row row(String modelId, DossierDocumentView d) {
        String format = DocumentFormat.ofMediaType(d.mediaType()).map(Enum::name).orElse(d.mediaType());
        return new Row(d.documentId(), d.kind(), d.fileName(), format, Sizes.human(d.sizeBytes()),
                d.uploadedAt() == null ? "" : WHEN.format(VietnamTime.at(d.uploadedAt())),
                d.uploadedBy() == null ? "" : d.uploadedBy(),
                "/models/" + modelId + "/dossier/" + d.documentId() + "/content");
    }

    private static void showRefusal(Model page, RuleViolation refused, Locale locale) {
        List<String> errors = new ArrayList<>();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.add(DossierRefusals.text(refused, locale));
        for (RuleViolation.FieldIssue issue : refused.fields()) {
            fieldErrors.merge(issue.field(), RuleMessages.get().text(issue, locale), (a, b) -> a + "; " + b);
        }
        page.addAttribute("errors", errors);
        page.addAttribute("fieldErrors", fieldErrors);
    }
}
