package vn.thidua.award.adapter.in.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.award.application.catalogue.CatalogueCommands;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.BaseSalary;
import vn.thidua.award.domain.catalogue.Coefficients;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.pages.Formats;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The award catalogue (danh mục hình thức khen thưởng) for every reader: the forms with their dated coefficients
 * and sources, and the base-salary table. Administrators add a base salary or a dated set of coefficients here.
 */
@Controller
public class CataloguePage {

    private final CatalogueQueries queries;
    private final CatalogueCommands commands;
    private final MessageSource messages;

    public CataloguePage(CatalogueQueries queries, CatalogueCommands commands, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping("/catalogue")
    public String catalogue(@RequestParam(required = false) String done, Model model) {
        PageErrors.none(model);
        if ("salary".equals(done) || "coefficients".equals(done)) model.addAttribute("notice", "catalogue.done." + done);
        return page(model, Map.of());
    }

    @PostMapping("/catalogue/base-salaries")
    public String putBaseSalary(@RequestParam Map<String, String> fields, Model model, HttpServletResponse response) {
        List<FieldIssue> issues = new ArrayList<>();
        Optional<LocalDate> from = day(fields.get("salaryFrom"), "salaryFrom", issues);
        Long amount = whole(fields.get("amount"), "amount", issues);
        String source = text(fields.get("salarySource"), "salarySource", issues);
        if (!issues.isEmpty()) return refused(model, response, issues, fields);
        try {
            commands.putBaseSalary(new BaseSalary(from.get(), amount, source));
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "catalogue.field.", violation, f -> switch (f) {
                case "effectiveFrom" -> "salaryFrom";
                case "source" -> "salarySource";
                default -> f;
            }, "amount");
            response.setStatus(400);
            return page(model, fields);
        }
        return "redirect:/catalogue?done=salary";
    }

    @PostMapping("/catalogue/coefficients")
    public String putCoefficients(@RequestParam Map<String, String> fields, Model model, HttpServletResponse response) {
        List<FieldIssue> issues = new ArrayList<>();
        AwardCatalogue catalogue = queries.catalogue();
        Optional<AwardFormDefinition> form = Optional.ofNullable(fields.get("formCode")).flatMap(catalogue::form);
        if (form.isEmpty()) issues.add(FieldIssue.of("formCode", "required"));
        Optional<LocalDate> from = day(fields.get("coefficientsFrom"), "coefficientsFrom", issues);
        Map<RecipientKind, BigDecimal> byRecipient = new EnumMap<>(RecipientKind.class);
        for (RecipientKind kind : RecipientKind.values()) {
            String typed = fields.get("coefficient-" + kind.name());
            if (typed == null || typed.isBlank()) continue;
            try {
                byRecipient.put(kind, new BigDecimal(typed.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                issues.add(FieldIssue.of("coefficient-" + kind.name(), "page-number"));
            }
        }
        String source = text(fields.get("coefficientsSource"), "coefficientsSource", issues);
        if (!issues.isEmpty()) return refused(model, response, issues, fields);
        AwardFormDefinition f = form.get();
        List<Coefficients> periods = new ArrayList<>(f.coefficients().stream()
                .filter(c -> !c.effectiveFrom().equals(from.get())).toList());
        periods.add(new Coefficients(from.get(), byRecipient, source));
        try {
            commands.putForm(new AwardFormDefinition(f.code(), f.name(), f.nameEn(), f.kind(), f.authority(), f.level(),
                    f.recipients(), periods));
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "catalogue.field.", violation, field -> switch (field) {
                case "coefficients.effectiveFrom" -> "coefficientsFrom";
                case "coefficients.source" -> "coefficientsSource";
                case "coefficients.byRecipient" -> "coefficient-INDIVIDUAL";
                default -> field;
            }, "formCode");
            response.setStatus(400);
            return page(model, fields);
        }
        return "redirect:/catalogue?done=coefficients";
    }

    private String refused(Model model, HttpServletResponse response, List<FieldIssue> issues, Map<String, String> typed) {
        PageErrors.show(model, messages, "catalogue.field.", issues, null, "formCode");
        response.setStatus(400);
        return page(model, typed);
    }

    private String page(Model model, Map<String, String> typed) {
        AwardCatalogue catalogue = queries.catalogue();
        model.addAttribute("catalogue", catalogue);
        Map<String, String> levelNames = new java.util.HashMap<>();
        catalogue.levels().forEach(l -> levelNames.put(l.code(), l.name()));
        model.addAttribute("levelNames", levelNames);
        model.addAttribute("formOptions", catalogue.forms().stream().map(RoundPages.Option::of).toList());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("typed", typed);
        model.addAttribute("mayEdit", CurrentCaller.get()
                .map(c -> c.roles().contains(Role.ADMINISTRATOR.name())).orElse(false));
        return "catalogue";
    }

    private static Optional<LocalDate> day(String typed, String field, List<FieldIssue> issues) {
        if (typed == null || typed.isBlank()) {
            issues.add(FieldIssue.of(field, "required"));
            return Optional.empty();
        }
        Optional<LocalDate> day = Formats.parseDate(typed);
        if (day.isEmpty()) issues.add(FieldIssue.of(field, "page-date"));
        return day;
    }

    private static Long whole(String typed, String field, List<FieldIssue> issues) {
        if (typed == null || typed.isBlank()) {
            issues.add(FieldIssue.of(field, "required"));
            return null;
        }
        try {
            return Long.valueOf(typed.strip().replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            issues.add(FieldIssue.of(field, "page-number"));
            return null;
        }
    }

    private static String text(String typed, String field, List<FieldIssue> issues) {
        if (typed == null || typed.isBlank()) {
            issues.add(FieldIssue.of(field, "required"));
            return null;
        }
        if (typed.length() > 300) issues.add(FieldIssue.of(field, "page-too-long", 300));
        return typed.strip();
    }
}
