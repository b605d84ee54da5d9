package vn.thidua.registration.adapter.in.web.campaign;

import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.domain.campaign.AmendCampaignCommand;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the launch and amend forms post, as typed (all text, so a bad value is shown back as it was typed). Windows,
 * milestones and targets are repeated rows; a row left entirely blank is ignored. Field names are the API's
 * ({@code registrationWindows[1].dueOn}), so the rules' messages land next to the right input.
 */
public class CampaignForm {

    public static final int BLANK_ROWS = 3;

    private String campaignId;
    private String organiserUnitId;
    private String name;
    private String description;
    private String startYear;
    private String endYear;
    private String modelsPerUnitPerYear;
    private List<WindowRow> registrationWindows = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();
    private List<TargetRow> coverageTargets = new ArrayList<>();

    /** An empty launch form: three empty rows of each kind, one model per unit per year. */
    public static CampaignForm blank() {
        CampaignForm form = new CampaignForm();
        form.modelsPerUnitPerYear = "1";
        return form.withBlankRows(BLANK_ROWS);
    }

    /** The amend form of a campaign: its current content and two empty rows of each kind. */
    public static CampaignForm of(CampaignView view) {
        CampaignForm form = new CampaignForm();
        form.campaignId = view.campaignId();
        form.organiserUnitId = view.organiserUnitId();
        form.name = view.name();
        form.description = view.description();
        form.startYear = String.valueOf(view.startYear());
        form.endYear = String.valueOf(view.endYear());
        form.modelsPerUnitPerYear = String.valueOf(view.modelsPerUnitPerYear());
        for (RegistrationWindow w : view.registrationWindows()) {
            form.registrationWindows.add(new WindowRow(w.name(), shown(w.opensOn()), shown(w.dueOn())));
        }
        for (Milestone m : view.milestones()) {
            form.milestones.add(new MilestoneRow(m.kind() == null ? null : m.kind().name(), m.title(), shown(m.dueOn())));
        }
        for (CoverageTarget t : view.coverageTargets()) {
            form.coverageTargets.add(new TargetRow(t.unitKind(), t.comparison() == null ? null : t.comparison().name(),
                    String.valueOf(t.percent())));
        }
        return form.withBlankRows(2);
    }

    /** Adds empty rows until each list ends with at least {@code count} of them, so there is always room to add. */
    public CampaignForm withBlankRows(int count) {
        pad(registrationWindows, count, WindowRow::new);
        pad(milestones, count, MilestoneRow::new);
        pad(coverageTargets, count, TargetRow::new);
        return this;
    }

    private static <T extends Row> void pad(List<T> rows, int count, java.util.function.Supplier<T> blank) {
        rows.replaceAll(row -> row == null ? blank.get() : row); // keeps the indexes errors refer to
        int trailing = 0;
        for (int i = rows.size() - 1; i >= 0 && rows.get(i).blank(); i--) trailing++;
        for (int i = trailing; i < count; i++) rows.add(blank.get());
    }

    // ---- from text to commands ----

    /** The form read as values: what could not be read is null and named in {@link #issues}. */
    public final class Parsed {
        final List<FieldIssue> issues = new ArrayList<>();
        final List<Integer> windowRows = new ArrayList<>();
        final List<Integer> milestoneRows = new ArrayList<>();
        final List<Integer> targetRows = new ArrayList<>();
        final List<CampaignWindow> windows = new ArrayList<>();
        final List<CampaignMilestone> milestoneValues = new ArrayList<>();
        final List<CampaignTarget> targets = new ArrayList<>();
        Integer start;
        Integer end;
        Integer models;

        Parsed() {
            start = number("startYear", startYear);
            end = number("endYear", endYear);
            models = number("modelsPerUnitPerYear", modelsPerUnitPerYear);
            for (int i = 0; i < registrationWindows.size(); i++) {
                WindowRow row = registrationWindows.get(i);
                if (row == null || row.blank()) continue;
                String at = "registrationWindows[" + i + "]";
                windowRows.add(i);
                windows.add(new CampaignWindow(row.getName(), date(at + ".opensOn", row.getOpensOn()),
                        date(at + ".dueOn", row.getDueOn())));
            }
            for (int i = 0; i < milestones.size(); i++) {
                MilestoneRow row = milestones.get(i);
                if (row == null || row.blank()) continue;
                String at = "milestones[" + i + "]";
                milestoneRows.add(i);
                milestoneValues.add(new CampaignMilestone(choice(at + ".kind", row.getKind(), MilestoneKind.class),
                        row.getTitle(), date(at + ".dueOn", row.getDueOn())));
            }
            for (int i = 0; i < coverageTargets.size(); i++) {
                TargetRow row = coverageTargets.get(i);
                if (row == null || row.blank()) continue;
                String at = "coverageTargets[" + i + "]";
                targetRows.add(i);
                targets.add(new CampaignTarget(row.getUnitKind(),
                        choice(at + ".comparison", row.getComparison(), TargetComparison.class),
                        number(at + ".percent", row.getPercent())));
            }
        }

        LaunchCampaignCommand launch() {
            return new LaunchCampaignCommand(trim(campaignId), organiserUnitId, name, description, start, end, windows,
                    milestoneValues, targets, models);
        }

        AmendCampaignCommand amend(String id) {
            return new AmendCampaignCommand(id, name, description, windows, milestoneValues, targets, models);
        }

        /** A path of the rules (index among non-blank rows) as a path of this form (index among all rows). */
        String formPath(String path) {
            Matcher m = INDEXED.matcher(path);
            if (!m.matches()) return path;
            List<Integer> rows = switch (m.group(1)) {
                case "registrationWindows" -> windowRows;
                case "milestones" -> milestoneRows;
                default -> targetRows;
            };
            int index = Integer.parseInt(m.group(2));
            return index < rows.size() ? m.group(1) + "[" + rows.get(index) + "]" + m.group(3) : path;
        }

        private Integer number(String field, String text) {
            if (text == null || text.isBlank()) return null;
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                issues.add(FieldIssue.of(field, "campaign-whole-number"));
                return null;
            }
        }

        private LocalDate date(String field, String text) {
            if (text == null || text.isBlank()) return null;
            String t = text.strip();
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(t, format);
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            issues.add(FieldIssue.of(field, "campaign-date"));
            return null;
        }

        private <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
            if (text == null || text.isBlank()) return null;
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                issues.add(FieldIssue.of(field, "campaign-choice"));
                return null;
            }
        }
    }

    public Parsed parse() {
        return new Parsed();
    }

    private static final Pattern INDEXED = Pattern.compile("(registrationWindows|milestones|coverageTargets)\\[(\\d+)](.*)");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** A day as the form shows it: dd/MM/yyyy. */
    private static String shown(LocalDate day) {
        return day == null ? null : DateTimeFormatter.ofPattern("dd/MM/uuuu").format(day);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean blank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return false;
        return true;
    }

    // ---- rows ----

    interface Row {
        boolean blank();
    }

    public static class WindowRow implements Row {
        private String name;
        private String opensOn;
        private String dueOn;

        public WindowRow() {
        }

        WindowRow(String name, String opensOn, String dueOn) {
            this.name = name;
            this.opensOn = opensOn;
            this.dueOn = dueOn;
        }

        @Override
        public boolean blank() {
            return CampaignForm.blank(name, opensOn, dueOn);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getOpensOn() { return opensOn; }
        public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    }

    public static class MilestoneRow implements Row {
        private String kind;
        private String title;
        private String dueOn;

        public MilestoneRow() {
        }

        MilestoneRow(String kind, String title, String dueOn) {
            this.kind = kind;
            this.title = title;
            this.dueOn = dueOn;
        }

        @Override
        public boolean blank() {
            return CampaignForm.blank(kind, title, dueOn);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    }

    public static class TargetRow implements Row {
        private String unitKind;
        private String comparison;
        private String percent;

        public TargetRow() {
        }

        TargetRow(String unitKind, String comparison, String percent) {
            this.unitKind = unitKind;
            this.comparison = comparison;
            this.percent = percent;
        }

        @Override
        public boolean blank() {
            return CampaignForm.blank(unitKind, comparison, percent);
        }

        public String getUnitKind() { return unitKind; }
        public void setUnitKind(String unitKind) { this.unitKind = unitKind; }
        public String getComparison() { return comparison; }
        public void setComparison(String comparison) { this.comparison = comparison; }
        public String getPercent() { return percent; }
        public void setPercent(String percent) { this.percent = percent; }
    }

    // ---- bean properties (bound from the form) ----

    public String getCampaignId() { return campaignId; }
    public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
    public String getOrganiserUnitId() { return organiserUnitId; }
    public void setOrganiserUnitId(String organiserUnitId) { this.organiserUnitId = organiserUnitId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String startYear) { this.startYear = startYear; }
    public String getEndYear() { return endYear; }
    public void setEndYear(String endYear) { this.endYear = endYear; }
    public String getModelsPerUnitPerYear() { return modelsPerUnitPerYear; }
    public void setModelsPerUnitPerYear(String modelsPerUnitPerYear) { this.modelsPerUnitPerYear = modelsPerUnitPerYear; }
    public List<WindowRow> getRegistrationWindows() { return registrationWindows; }
    public void setRegistrationWindows(List<WindowRow> registrationWindows) { this.registrationWindows = registrationWindows; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneRow> milestones) { this.milestones = milestones; }
    public List<TargetRow> getCoverageTargets() { return coverageTargets; }
    public void setCoverageTargets(List<TargetRow> coverageTargets) { this.coverageTargets = coverageTargets; }
}
