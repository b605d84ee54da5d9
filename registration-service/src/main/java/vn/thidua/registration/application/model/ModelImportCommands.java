package vn.thidua.registration.application.model;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.platform.web.RuleMessages.ResolvedField;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.model.RegistrationResult.Warning;
import vn.thidua.registration.application.model.SummaryTableReader.TableRow;
import vn.thidua.registration.application.unit.UnitDirectory;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.model.ModelRules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk registration from a unit's summary table (Bảng tổng hợp): the whole file is read first (a broken file
 * or missing columns register nothing), then each row is checked and registered on its own — good rows are
 * registered, bad rows are reported with every reason.
 */
@Service
public class ModelImportCommands {

    public static final String REGISTERED = "REGISTERED";
    public static final String REJECTED = "REJECTED";
    /** Who imports a summary table: a unit officer, or the board (Ban Dân vận) for the units of its subtree. */
    static final Role[] IMPORTERS = {Role.UNIT_OFFICER, Role.BOARD_OFFICER};

    private final ModelCommands registration;
    private final CampaignDirectory campaigns;
    private final UnitDirectory units;
    private final SummaryTableReader tables;

    public ModelImportCommands(ModelCommands registration, CampaignDirectory campaigns, UnitDirectory units,
                               SummaryTableReader tables) {
        this.registration = registration;
        this.campaigns = campaigns;
        this.units = units;
        this.tables = tables;
    }

    private boolean unitKnown(String unitId) {
        return unitId.strip().length() <= ModelRules.ID_MAX && units.find(unitId.strip()).isPresent();
    }

    /** One problem of a row, with the column it came from. */
    public record RowIssue(String field, String column, String messageVi, String messageEn) {
    }

    public record RowReport(int row, String unitId, String title, String modelId, String status, boolean late,
                            List<RowIssue> errors, List<Warning> warnings) {
    }

    public record ImportReport(String campaignId, int registered, int rejected, List<RowReport> rows) {
    }

    /** @throws InvalidInput naming campaignId or file when nothing can be imported */
    public ImportReport importTable(String campaignId, InputStream file) {
        registration.requireRegistrant(null, IMPORTERS);
        checkCampaign(campaignId);
        List<TableRow> rows = tables.read(file, campaignId.strip());
        List<RowReport> reports = new ArrayList<>();
        Map<String, String> registeredHere = new HashMap<>(); // unit + folded title → model id, for in-file duplicates
        for (TableRow row : rows) {
            reports.add(importRow(row, registeredHere));
        }
        int registered = (int) reports.stream().filter(r -> REGISTERED.equals(r.status())).count();
        return new ImportReport(campaignId.strip(), registered, reports.size() - registered, reports);
    }

    private RowReport importRow(TableRow row, Map<String, String> registeredHere) {
        RegistrationInput input = row.input();
        if (!ModelRules.blank(input.unitId()) && !registration.mayRegisterFor(input.unitId(), IMPORTERS)
                && unitKnown(input.unitId())) {
            // nothing of a row outside the caller's subtree is looked at further, nor imported
            return rejected(row, List.of(FieldIssue.of("unitId", "model-import-outside-jurisdiction",
                    input.unitId().strip())));
        }
        ModelCommands.Checked checked = registration.check(input);
        Set<String> unreadable = row.readIssues().stream().map(FieldIssue::field).collect(Collectors.toSet());
        List<FieldIssue> issues = new ArrayList<>(row.readIssues());
        // a value that could not be read is not also "required"
        checked.issues().stream().filter(i -> !unreadable.contains(i.field())).forEach(issues::add);
        if (!issues.isEmpty()) {
            return rejected(row, ModelRules.inFormOrder(issues));
        }
        try {
            RegistrationResult result = registration.send(checked.command(), IMPORTERS);
            Map<String, Warning> warnings = new LinkedHashMap<>();
            result.warnings().forEach(w -> warnings.put(w.modelId(), w));
            String key = checked.command().unitId() + "|" + VietnameseText.fold(checked.command().title());
            String earlier = registeredHere.get(key);
            if (earlier != null) warnings.putIfAbsent(earlier, ModelCommands.duplicateOf(earlier, checked.command().title()));
            registeredHere.putIfAbsent(key, result.modelId());
            return new RowReport(row.number(), input.unitId(), input.title(), result.modelId(), REGISTERED,
                    result.late(), List.of(), List.copyOf(warnings.values()));
        } catch (RuntimeException e) {
            RuleViolation violation = violation(e);
            if (violation == null) throw e;
            if (!violation.fields().isEmpty()) return rejected(row, violation.fields());
            RuleMessages messages = RuleMessages.get();
            return rejectedWith(row, List.of(new RowIssue("", null, messages.text(violation, RuleMessages.VIETNAMESE),
                    messages.text(violation, Locale.ENGLISH))));
        }
    }

    private RowReport rejected(TableRow row, List<FieldIssue> issues) {
        return rejectedWith(row, RuleMessages.get().resolve(issues).stream().map(this::rowIssue).toList());
    }

    private RowIssue rowIssue(ResolvedField issue) {
        return new RowIssue(issue.field(), tables.column(issue.field()), issue.messageVi(), issue.messageEn());
    }

    private static RowReport rejectedWith(TableRow row, List<RowIssue> errors) {
        return new RowReport(row.number(), row.input().unitId(), row.input().title(), null, REJECTED, false, errors,
                List.of());
    }

    private void checkCampaign(String campaignId) {
        FieldIssue issue = null;
        if (ModelRules.blank(campaignId)) {
            issue = ModelRules.required("campaignId");
        } else {
            CampaignView campaign = campaigns.find(campaignId.strip()).orElse(null);
            if (campaign == null) issue = FieldIssue.of("campaignId", ModelCommands.NO_SUCH_CAMPAIGN);
            else if (!campaign.open()) issue = FieldIssue.of("campaignId", ModelCommands.CAMPAIGN_CLOSED);
        }
        if (issue != null) throw new InvalidInput(issue);
    }

    static RuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) return v;
        }
        return null;
    }
}
