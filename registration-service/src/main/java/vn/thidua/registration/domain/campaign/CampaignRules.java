package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.TargetComparison;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of a campaign's content, one pure function per command naming every bad field at once, with paths
 * like {@code registrationWindows[1].dueOn} (indexes as sent); pages call them too, to report their own parsing
 * errors with these. Windows and milestones lie inside the period (the README says why).
 */
public final class CampaignRules {

    /** A readable slug: lower-case ASCII letters and digits in groups joined by single hyphens. */
    public static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A unit kind or level code of the organisation tree, e.g. {@code agency}, {@code commune}, {@code village}. */
    public static final Pattern UNIT_KIND = Pattern.compile("[a-z][a-z0-9-]*");
    public static final int MIN_ID_LENGTH = 3;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_PERIOD_YEARS = 10;
    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_WINDOWS = 12;
    public static final int MAX_MILESTONES = 60;
    public static final int MAX_TARGETS = 20;
    public static final int MAX_MODELS_PER_UNIT = 50;
    public static final int MAX_REASON_LENGTH = 1000;

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CampaignRules() {
    }

    /** Every problem of a launch, in the order of the fields; empty when the campaign may be launched. */
    public static List<FieldIssue> launchIssues(LaunchCampaignCommand c) {
        List<FieldIssue> issues = new ArrayList<>();
        String id = c.campaignId();
        if (blank(id)) {
            issues.add(required("campaignId"));
        } else if (!CAMPAIGN_ID.matcher(id).matches() || id.length() < MIN_ID_LENGTH || id.length() > MAX_ID_LENGTH) {
            issues.add(FieldIssue.of("campaignId", "campaign-id-format"));
        }
        if (blank(c.organiserUnitId())) {
            issues.add(required("organiserUnitId"));
        } else if (c.organiserUnitId().strip().length() > 64) {
            issues.add(tooLong("organiserUnitId", 64));
        }
        nameAndDescription(issues, c.name(), c.description());
        Integer start = c.startYear();
        Integer end = c.endYear();
        boolean startOk = year(issues, "startYear", start);
        boolean endOk = year(issues, "endYear", end);
        boolean periodKnown = false;
        if (startOk && endOk) {
            if (end < start) {
                issues.add(FieldIssue.of("endYear", "campaign-end-before-start", String.valueOf(start)));
            } else if (end - start >= MAX_PERIOD_YEARS) {
                issues.add(FieldIssue.of("endYear", "campaign-period-too-long", String.valueOf(MAX_PERIOD_YEARS)));
                periodKnown = true;
            } else {
                periodKnown = true;
            }
        }
        content(issues, c.registrationWindows(), c.milestones(), c.coverageTargets(), c.modelsPerUnitPerYear(),
                periodKnown ? start : null, periodKnown ? end : null);
        return issues;
    }

    /** Every problem of an amendment of a campaign running from {@code startYear} to {@code endYear}. */
    public static List<FieldIssue> amendIssues(AmendCampaignCommand c, int startYear, int endYear) {
        List<FieldIssue> issues = new ArrayList<>();
        nameAndDescription(issues, c.name(), c.description());
        content(issues, c.registrationWindows(), c.milestones(), c.coverageTargets(), c.modelsPerUnitPerYear(),
                startYear, endYear);
        return issues;
    }

    public static List<FieldIssue> closeIssues(CloseCampaignCommand c) {
        if (c.reason() != null && c.reason().strip().length() > MAX_REASON_LENGTH) {
            return List.of(tooLong("reason", MAX_REASON_LENGTH));
        }
        return List.of();
    }

    // ---- normalised forms, as events carry them (call only after validation) ----

    /** Single-line text: NFC, trimmed, inner whitespace collapsed; blank becomes null. */
    static String line(String text) {
        if (text == null) return null;
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return nfc.isEmpty() ? null : nfc;
    }

    /** Multi-line text: NFC, trimmed, line breaks kept; blank becomes null. */
    static String text(String text) {
        if (text == null) return null;
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replace("\r\n", "\n");
        return nfc.isEmpty() ? null : nfc;
    }

    static List<CampaignWindow> windows(List<CampaignWindow> windows) {
        return nullSafe(windows).stream()
                .map(w -> new CampaignWindow(line(w.name()), w.opensOn(), w.dueOn()))
                .sorted(Comparator.comparing(CampaignWindow::opensOn))
                .toList();
    }

    static List<CampaignMilestone> milestones(List<CampaignMilestone> milestones) {
        return nullSafe(milestones).stream()
                .map(m -> new CampaignMilestone(m.kind(), line(m.title()), m.dueOn()))
                .sorted(Comparator.comparing(CampaignMilestone::dueOn))
                .toList();
    }

    static List<CampaignTarget> targets(List<CampaignTarget> targets) {
        return nullSafe(targets).stream()
                .map(t -> new CampaignTarget(unitKind(t.unitKind()), t.comparison(), t.percent()))
                .toList();
    }

    static String unitKind(String kind) {
        return kind == null ? null : kind.strip().toLowerCase(Locale.ROOT);
    }

    // ---- the rules ----

    private static void nameAndDescription(List<FieldIssue> issues, String name, String description) {
        String n = line(name);
        if (n == null) issues.add(required("name"));
        else if (n.length() > MAX_NAME_LENGTH) issues.add(tooLong("name", MAX_NAME_LENGTH));
        String d = text(description);
        if (d != null && d.length() > MAX_DESCRIPTION_LENGTH) issues.add(tooLong("description", MAX_DESCRIPTION_LENGTH));
    }

    private static boolean year(List<FieldIssue> issues, String field, Integer year) {
        if (year == null) {
            issues.add(required(field));
            return false;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            issues.add(FieldIssue.of(field, "campaign-year-range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
            return false;
        }
        return true;
    }

    private static void content(List<FieldIssue> issues, List<CampaignWindow> windows,
                                List<CampaignMilestone> milestones, List<CampaignTarget> targets,
                                Integer modelsPerUnitPerYear, Integer start, Integer end) {
        windowIssues(issues, windows, start, end);
        milestoneIssues(issues, milestones, start, end);
        targetIssues(issues, targets);
        if (modelsPerUnitPerYear == null) {
            issues.add(required("modelsPerUnitPerYear"));
        } else if (modelsPerUnitPerYear < 1) {
            issues.add(FieldIssue.of("modelsPerUnitPerYear", "campaign-models-at-least-one"));
        } else if (modelsPerUnitPerYear > MAX_MODELS_PER_UNIT) {
            issues.add(FieldIssue.of("modelsPerUnitPerYear", "campaign-models-at-most",
                    String.valueOf(MAX_MODELS_PER_UNIT)));
        }
    }

    private static void windowIssues(List<FieldIssue> issues, List<CampaignWindow> windows, Integer start, Integer end) {
        String list = "registrationWindows";
        if (windows == null || windows.isEmpty()) {
            issues.add(FieldIssue.of(list, "campaign-window-required"));
            return;
        }
        if (windows.size() > MAX_WINDOWS) {
            issues.add(FieldIssue.of(list, "campaign-too-many-windows", String.valueOf(MAX_WINDOWS)));
            return;
        }
        Map<String, Integer> names = new HashMap<>();
        List<Integer> sound = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            String at = list + "[" + i + "]";
            CampaignWindow w = windows.get(i);
            if (w == null) {
                issues.add(required(at));
                continue;
            }
            String name = line(w.name());
            if (name == null) {
                issues.add(required(at + ".name"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                issues.add(tooLong(at + ".name", MAX_NAME_LENGTH));
            } else {
                Integer earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    issues.add(FieldIssue.of(at + ".name", "campaign-window-same-name", String.valueOf(earlier + 1)));
                }
            }
            if (w.opensOn() == null) issues.add(required(at + ".opensOn"));
            else insidePeriod(issues, at + ".opensOn", w.opensOn(), start, end);
            if (w.dueOn() == null) issues.add(required(at + ".dueOn"));
            else insidePeriod(issues, at + ".dueOn", w.dueOn(), start, end);
            if (w.opensOn() != null && w.dueOn() != null) {
                if (w.dueOn().isBefore(w.opensOn())) {
                    issues.add(FieldIssue.of(at + ".dueOn", "campaign-due-before-opening", vi(w.opensOn()),
                            w.opensOn().toString()));
                } else {
                    sound.add(i);
                }
            }
        }
        // windows must not overlap: each one is reported against the window it runs into
        sound.sort(Comparator.comparing((Integer i) -> windows.get(i).opensOn()).thenComparing(i -> i));
        for (int a = 0; a < sound.size(); a++) {
            CampaignWindow later = windows.get(sound.get(a));
            for (int b = 0; b < a; b++) {
                CampaignWindow earlier = windows.get(sound.get(b));
                if (!later.opensOn().isAfter(earlier.dueOn())) {
                    String label = line(earlier.name()) == null ? String.valueOf(sound.get(b) + 1) : line(earlier.name());
                    issues.add(FieldIssue.of(list + "[" + sound.get(a) + "].opensOn", "campaign-window-overlap", label,
                            vi(earlier.opensOn()), vi(earlier.dueOn()), earlier.opensOn().toString(),
                            earlier.dueOn().toString()));
                    break;
                }
            }
        }
    }

    private static void milestoneIssues(List<FieldIssue> issues, List<CampaignMilestone> milestones, Integer start,
                                        Integer end) {
        String list = "milestones";
        if (milestones == null) return;
        if (milestones.size() > MAX_MILESTONES) {
            issues.add(FieldIssue.of(list, "campaign-too-many-milestones", String.valueOf(MAX_MILESTONES)));
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            String at = list + "[" + i + "]";
            CampaignMilestone m = milestones.get(i);
            if (m == null) {
                issues.add(required(at));
                continue;
            }
            if (m.kind() == null) issues.add(required(at + ".kind"));
            String title = line(m.title());
            if (title == null) issues.add(required(at + ".title"));
            else if (title.length() > MAX_NAME_LENGTH) issues.add(tooLong(at + ".title", MAX_NAME_LENGTH));
            if (m.dueOn() == null) issues.add(required(at + ".dueOn"));
            else insidePeriod(issues, at + ".dueOn", m.dueOn(), start, end);
        }
    }

    private static void targetIssues(List<FieldIssue> issues, List<CampaignTarget> targets) {
        String list = "coverageTargets";
        if (targets == null) return;
        if (targets.size() > MAX_TARGETS) {
            issues.add(FieldIssue.of(list, "campaign-too-many-targets", String.valueOf(MAX_TARGETS)));
            return;
        }
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String at = list + "[" + i + "]";
            CampaignTarget t = targets.get(i);
            if (t == null) {
                issues.add(required(at));
                continue;
            }
            String kind = unitKind(t.unitKind());
            if (kind == null || kind.isEmpty()) {
                issues.add(required(at + ".unitKind"));
            } else if (!UNIT_KIND.matcher(kind).matches() || kind.length() > 40) {
                issues.add(FieldIssue.of(at + ".unitKind", "campaign-unit-kind-format"));
            } else {
                Integer earlier = kinds.putIfAbsent(kind, i);
                if (earlier != null) {
                    issues.add(FieldIssue.of(at + ".unitKind", "campaign-target-same-kind", kind,
                            String.valueOf(earlier + 1)));
                }
            }
            if (t.comparison() == null) issues.add(required(at + ".comparison"));
            if (t.percent() == null) {
                issues.add(required(at + ".percent"));
            } else if (t.percent() < 0 || t.percent() > 100) {
                issues.add(FieldIssue.of(at + ".percent", "campaign-percent-range"));
            } else if (t.comparison() == TargetComparison.MORE_THAN && t.percent() == 100) {
                issues.add(FieldIssue.of(at + ".percent", "campaign-more-than-100"));
            }
        }
    }

    private static void insidePeriod(List<FieldIssue> issues, String field, LocalDate day, Integer start, Integer end) {
        if (start == null || end == null) return;
        if (day.getYear() < start || day.getYear() > end) {
            String period = Objects.equals(start, end) ? String.valueOf(start) : start + "–" + end;
            issues.add(FieldIssue.of(field, "campaign-outside-period", period));
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String vi(LocalDate day) {
        return VI_DATE.format(day);
    }

    private static FieldIssue required(String field) {
        return FieldIssue.of(field, "NotNull");
    }

    private static FieldIssue tooLong(String field, int max) {
        return FieldIssue.of(field, "campaign-too-long", String.valueOf(max));
    }
}
