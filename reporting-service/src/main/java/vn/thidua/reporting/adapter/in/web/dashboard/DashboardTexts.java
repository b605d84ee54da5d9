package vn.thidua.reporting.adapter.in.web.dashboard;

import org.springframework.context.MessageSource;
import vn.thidua.pages.CodeNames;
import vn.thidua.pages.Formats;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.rollup.Coverage;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.Locale;
import java.util.Optional;

/** The words of the dashboard and the exports in the reader's language: periods, targets, kinds, results. */
public record DashboardTexts(MessageSource messages, Locale locale, CodeNames codes, Formats formats) {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    public static DashboardTexts of(MessageSource messages, Locale locale) {
        return new DashboardTexts(messages, locale, new CodeNames(messages, locale), Formats.of(locale));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** "Quý II/2024", "6 tháng đầu năm 2024 (sơ kết)", "Năm 2024", "Cả giai đoạn 2023–2025 (tổng kết)". */
    public String period(ReportPeriod period) {
        return switch (period.kind()) {
            case QUARTER -> text("period.quarter", ROMAN[period.index()], String.valueOf(period.year()));
            case HALF -> text("period.half." + period.index(), String.valueOf(period.year()));
            case YEAR -> text("period.year", String.valueOf(period.year()));
            case CAMPAIGN -> text("period.campaign", String.valueOf(period.from().getYear()),
                    String.valueOf(period.to().getYear()));
        };
    }

    /** "> 80 %", "≥ 100 %", or a dash without a target. */
    public String target(PlanTarget target) {
        if (target == null) return "—";
        return (target.comparison() == Comparison.MORE_THAN ? ">" : "≥") + " " + target.percent() + " %";
    }

    public String percent(Coverage coverage) {
        return coverage.percent().map(formats::percent).orElse("—");
    }

    /** Đạt / Chưa đạt / Không có đơn vị. */
    /** The share of units with a model operating effectively, rounded down; "—" without units. */
    public String effectivePercent(Coverage coverage) {
        return coverage.percentOf(coverage.effective()).map(formats::percent).orElse("—");
    }

    public String effectiveMet(Coverage coverage) {
        return text(effectiveMetKey(coverage));
    }

    public static String effectiveMetKey(Coverage coverage) {
        return metKey(coverage.effectiveMet());
    }

    public String met(Coverage coverage) {
        return text(metKey(coverage));
    }

    public static String metKey(Coverage coverage) {
        return metKey(coverage.met());
    }

    /** The message key of a result: coverage.met.yes / .no, or .none when there is nothing to meet (no units). */
    public static String metKey(Optional<Boolean> met) {
        return met.map(yes -> yes ? "coverage.met.yes" : "coverage.met.no").orElse("coverage.met.none");
    }

    /** The class of a result's cell (green, red or plain) by its message key: met-yes / met-no / met-none. */
    public static String metClass(String metKey) {
        return switch (metKey) {
            case "coverage.met.yes" -> "met-yes";
            case "coverage.met.no" -> "met-no";
            default -> "met-none";
        };
    }

    /** The unit's kind by its name in the reader's language (its level when it has no kind). */
    public String kindOf(Unit unit) {
        if (unit.kind() == null) return unit.level() != null ? codes.level(unit.level()) : "";
        String name = codes.unitKind(unit.kind());
        // a kind the tree names in Vietnamese ("huyện", "thị trấn") is its own name, capitalised
        return name.equals(unit.kind()) && !name.isEmpty()
                ? name.substring(0, 1).toUpperCase(locale) + name.substring(1) : name;
    }
}
