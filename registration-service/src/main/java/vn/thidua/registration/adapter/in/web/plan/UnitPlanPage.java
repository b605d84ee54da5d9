package vn.thidua.registration.adapter.in.web.plan;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.pages.Formats;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.adapter.in.web.dossier.DossierController;
import vn.thidua.registration.adapter.in.web.dossier.DossierRefusals;
import vn.thidua.registration.adapter.in.web.dossier.UploadLimitAdvice;
import vn.thidua.registration.application.dossier.DossierProperties;
import vn.thidua.registration.application.dossier.UploadRejections;
import vn.thidua.registration.application.plan.UnitPlanCommands;
import vn.thidua.registration.application.plan.UnitPlanCommands.PlanInput;
import vn.thidua.registration.application.plan.UnitPlanQueries;
import vn.thidua.registration.application.plan.UnitPlanQueries.PlanOverview;
import vn.thidua.registration.application.plan.UnitPlanQueries.UnitPlanRow;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Sizes;
import vn.thidua.registration.domain.plan.PlanDocument;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units' own plans of a campaign (kế hoạch thực hiện) over the reader's unit or a unit of its subtree
 * ({@code ?unit=}): which units filed one (those missing first), and for a unit officer the form to file or replace
 * the plan of a unit of its subtree, with its signed file. The form comes back with every bad field named.
 */
@Controller
public class UnitPlanPage {

    private final UnitPlanCommands commands;
    private final UnitPlanQueries queries;
    private final AccessGuard guard;
    private final DossierProperties limits;

    public UnitPlanPage(UnitPlanCommands commands, UnitPlanQueries queries, AccessGuard guard,
                        DossierProperties limits) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
        this.limits = limits;
    }

    /** The form as typed (the page's and the API's multipart form): the date stays text until it reads as one. */
    public record PlanForm(String unitId, String number, String issuedOn, String signer, String note) {

        /** The plan the form holds; a date that does not read as one is added to {@code unreadable}. */
        PlanInput input(List<FieldIssue> unreadable) {
            LocalDate issued = null;
            if (issuedOn != null && !issuedOn.isBlank()) {
                issued = Formats.parseDate(issuedOn).orElse(null);
                if (issued == null) unreadable.add(FieldIssue.of("issuedOn", "campaign-date"));
            }
            return new PlanInput(unitId, number, issued, signer, note);
        }

        /** The signed file sent with the form; none when no file was chosen (no name, no bytes). */
        static UnitPlanCommands.Upload upload(MultipartFile file) {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                return null;
            }
            try {
                return new UnitPlanCommands.Upload(file.getOriginalFilename(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The signed file of a row's plan: name, format, size, download link. */
    public record DocumentRow(String fileName, String format, String size, String downloadUrl) {
    }

    /** An entry of the error summary (the kit's {@code summary(issues)}). */
    public record PageIssue(String field, String message) {
    }

    @GetMapping("/campaigns/{campaignId}/plans")
    public String page(@PathVariable String campaignId, @RequestParam(value = "unit", required = false) String unit,
                       @RequestParam(value = UploadLimitAdvice.REJECTED_PARAM, required = false) String rejected,
                       Model page, Locale locale) {
        String unitId = unit == null || unit.isBlank() ? callerUnit() : unit.strip();
        if (!page.containsAttribute("form")) page.addAttribute("form", new PlanForm(unitId, "", "", "", ""));
        if (UploadRejections.TOO_LARGE.equals(rejected) && !page.containsAttribute("errors")) {
            showRefusal(page, UploadRejections.tooLarge(limits.maxFileSize().toBytes()), locale);
        }
        return render(campaignId, unitId, page);
    }

    @PostMapping("/campaigns/{campaignId}/plans")
    public String file(@PathVariable String campaignId, PlanForm form,
                       @RequestParam(value = "file", required = false) MultipartFile file, Model page, Locale locale,
                       HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldIssue> unreadable = new ArrayList<>();
        try {
            UnitPlan.Filing filing = commands.file(campaignId, form.input(unreadable), unreadable,
                    PlanForm.upload(file));
            redirect.addFlashAttribute("filed", filing);
            redirect.addAttribute("unit", callerUnit());
            return "redirect:/campaigns/{campaignId}/plans";
        } catch (InvalidInput refused) {
            page.addAttribute("form", form);
            showRefusal(page, refused, locale);
            response.setStatus(DossierRefusals.status(refused).value());
            return render(campaignId, callerUnit(), page);
        }
    }

    /** The signed file of the plan in force, from the page (the same checks and headers as the API's download). */
    @GetMapping("/campaigns/{campaignId}/plans/{unitId}/document")
    public ResponseEntity<InputStreamResource> document(@PathVariable String campaignId, @PathVariable String unitId)
            throws IOException {
        return DossierController.download(queries.document(campaignId, unitId));
    }

    /** Every bad field under its field; a file refused alone is worded by its own rule ("Tệp vượt quá …"). */
    private static void showRefusal(Model page, InvalidInput refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean fileAlone = !UnitPlan.INVALID_PLAN.equals(refused.code());
        for (FieldIssue issue : refused.fields()) {
            String text = fileAlone ? DossierRefusals.text(refused, locale) : RuleMessages.get().text(issue, locale);
            errors.merge(issue.field(), text, (a, b) -> a + "; " + b);
        }
        page.addAttribute("errors", errors);
        page.addAttribute("issues", errors.entrySet().stream()
                .map(e -> new PageIssue(e.getKey(), e.getValue())).toList());
    }

    private String render(String campaignId, String unitId, Model page) {
        PlanOverview overview = queries.overview(campaignId, unitId);
        if (!page.containsAttribute("errors")) page.addAttribute("errors", Map.of());
        page.addAttribute("overview", overview);
        page.addAttribute("missing", overview.missing());
        page.addAttribute("canFile", overview.campaign().open() && guard.allows(unitId, Role.UNIT_OFFICER));
        page.addAttribute("fileable", overview.rows().stream().map(UnitPlanRow::unit).toList());
        Map<String, DocumentRow> documents = new HashMap<>();
        for (UnitPlanRow row : overview.rows()) {
            if (row.filed() && row.plan().document() != null) {
                PlanDocument d = row.plan().document();
                documents.put(row.unit().unitId(), new DocumentRow(d.fileName(),
                        DocumentFormat.ofMediaType(d.mediaType()).map(Enum::name).orElse(d.mediaType()),
                        Sizes.human(d.sizeBytes()), "/campaigns/" + overview.campaign().campaignId() + "/plans/"
                        + row.unit().unitId() + "/document"));
            }
        }
        page.addAttribute("documents", documents);
        page.addAttribute("maxFileSize", Sizes.megabytes(limits.maxFileSize().toBytes()));
        page.addAttribute("accept", ".pdf,.docx,application/pdf," + DocumentFormat.DOCX.mediaType());
        return "plans/page";
    }

    private static String callerUnit() {
        return CurrentCaller.get().map(Caller::unitId).orElse(null);
    }
}
