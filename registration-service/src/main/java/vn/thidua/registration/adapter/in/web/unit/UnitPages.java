package vn.thidua.registration.adapter.in.web.unit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.unit.ReferenceTrees;
import vn.thidua.registration.application.unit.Reform2025;
import vn.thidua.registration.application.unit.UnitImportJob;
import vn.thidua.registration.application.unit.UnitImports;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;

import java.io.IOException;
import vn.thidua.pages.Formats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation tree's pages: browse the tree level by level (roots, then the units below one, with the
 * breadcrumb of its ancestors), search by name without diacritics, import a file and follow the import's
 * progress until its report. Plain forms and links; the progress page refreshes itself (HTTP Refresh) until done.
 */
@Controller
public class UnitPages {

    private static final int SEARCH_LIMIT = 100;

    private final UnitQueries tree;
    private final UnitImports imports;
    private final ReferenceTrees references;
    private final Reform2025 reform;

    public UnitPages(UnitQueries tree, UnitImports imports, ReferenceTrees references, Reform2025 reform) {
        this.tree = tree;
        this.imports = imports;
        this.references = references;
        this.reform = reform;
    }

    @GetMapping("/units")
    public String tree(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String on, Model model) {
        LocalDate day = tree.today();
        boolean given = on != null && !on.isBlank();
        Optional<LocalDate> typed = Formats.parseDate(on);
        boolean badDate = given && typed.isEmpty();
        if (typed.isPresent()) day = typed.get();
        model.addAttribute("on", day);
        model.addAttribute("onText", badDate ? on : day);
        model.addAttribute("badDate", badDate);
        model.addAttribute("query", q == null ? "" : q);
        UnitView current = null;
        if (parent != null && !parent.isBlank()) {
            try {
                current = tree.unit(parent.strip());
            } catch (NotFound e) {
                model.addAttribute("unknownUnit", parent.strip());
            }
        }
        model.addAttribute("unit", current);
        model.addAttribute("ancestors", current == null ? List.of() : tree.ancestors(current));
        if (current != null) {
            model.addAttribute("subtreeSize", tree.subtreeSize(current.unitId()));
            if (current.successorId() != null) {
                model.addAttribute("successor", tree.find(current.successorId()).orElse(null));
            }
        }
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", tree.search(q, day, SEARCH_LIMIT));
        } else {
            model.addAttribute("children", current == null ? tree.roots(day) : tree.children(current.unitId(), day));
        }
        return "units/tree";
    }

    @GetMapping("/units/import")
    public String importForm(Model model) {
        return form(model, null, null, "");
    }

    @PostMapping("/units/import")
    public String upload(@RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String effectiveOn, Model model) throws IOException {
        Map<String, String[]> errors = new LinkedHashMap<>();
        LocalDate effective = null;
        if (effectiveOn != null && !effectiveOn.isBlank()) {
            effective = Formats.parseDate(effectiveOn).orElse(null);
            if (effective == null) {
                errors.put("effectiveOn", new String[] {"Ngày không hợp lệ (dạng 01/07/2025)", "Not a valid date (as 01/07/2025)"});
            }
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            errors.put("file", new String[] {"Hãy chọn một tệp CSV hoặc Excel (.xlsx)", "Choose a CSV or Excel (.xlsx) file"});
        }
        if (errors.isEmpty()) {
            try {
                UnitImportJob job = imports.submitFile(file.getOriginalFilename(), file.getBytes(), effective);
                return "redirect:/units/import/" + job.jobId();
            } catch (InvalidInput rejected) {
                RuleMessages.ResolvedField field = RuleMessages.get().resolve(rejected.fields().get(0));
                errors.put(field.field(), new String[] {field.messageVi(), field.messageEn()});
            }
        }
        return form(model, errors, file == null ? null : file.getOriginalFilename(), effectiveOn);
    }

    @PostMapping("/units/import/reference/{name}")
    public String importReference(@PathVariable String name) {
        return "redirect:/units/import/" + imports.submitReference(name).jobId();
    }

    @PostMapping("/units/import/reform-2025")
    public String importReform() {
        return "redirect:/units/import/" + reform.submit().jobId();
    }

    @GetMapping("/units/import/{jobId}")
    public String job(@PathVariable String jobId, Model model, HttpServletResponse response) {
        UnitImportJob job = imports.job(jobId);
        if (!job.finished()) response.setHeader("Refresh", "2"); // works without JavaScript, like <meta http-equiv>
        model.addAttribute("job", job);
        return "units/import-job";
    }

    private String form(Model model, Map<String, String[]> errors, String fileName, String effectiveOn) {
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("fileName", fileName);
        model.addAttribute("effectiveOn", effectiveOn == null ? "" : effectiveOn);
        model.addAttribute("today", tree.today());
        model.addAttribute("references", references.all());
        model.addAttribute("recent", imports.recent(10));
        return "units/import";
    }
}
