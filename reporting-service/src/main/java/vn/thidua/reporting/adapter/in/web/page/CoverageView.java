package vn.thidua.reporting.adapter.in.web.page;

import vn.thidua.contracts.ModelField;
import vn.thidua.pages.Formats;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.application.page.CoveragePageQueries.CoveragePage;
import vn.thidua.reporting.domain.Tally;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.target.ModelTotals;
import vn.thidua.reporting.domain.target.TargetResult;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What coverage.html shows, already formatted for the reader's language (numbers, dates, targets). */
public record CoverageView(String campaignId, String name, String organiser, String period, String statusKey,
                           List<TargetRow> targets, ModelTotals models, Map<String, Long> byField,
                           List<UnitRow> units, Tally totals) {

    /** At most this many units without models are listed per target; the rest are counted. */
    public static final int LISTED = 50;

    /**
     * @param target     e.g. "> 80 %" or "≥ 100 %"
     * @param percent    formatted, or {@code null} without units of the kind
     * @param metKey     message key: coverage.met.yes / .no / .none
     * @param unlisted   units without models beyond the {@value #LISTED} listed
     */
    public record TargetRow(String unitKind, String target, long units, long unitsWithModels, String percent,
                            String metKey, List<UnitRef> withoutModels, long withoutModelsCount, long unlisted,
                            long unitsWithEffectiveModels) {

        public String metClass() {
            return DashboardTexts.metClass(metKey);
        }
    }

    public record UnitRef(String name, String code) {
    }

    public record UnitRow(String name, String code, Tally tally) {
    }

    static CoverageView of(CoveragePage page, Locale locale) {
        Campaign campaign = page.targets().campaign();
        Formats formats = Formats.of(locale);
        String period = formats.date(campaign.periodStart()) + " – " + formats.date(campaign.periodEnd());
        List<TargetRow> targets = page.targets().targets().stream().map(t -> row(t, locale)).toList();
        ModelTotals models = page.targets().models();
        // every field of the published enum in its order (0 when none), then any other the events named
        Map<String, Long> byField = new LinkedHashMap<>();
        Arrays.stream(ModelField.values()).forEach(f -> byField.put(f.name(), 0L));
        models.byField().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byField.merge(e.getKey(), e.getValue(), Long::sum));
        List<UnitRow> units = page.stages().units().stream()
                .map(u -> new UnitRow(page.name(u.unitId()), u.unitId(), u.tally())).toList();
        String name = campaign.plan() == null ? campaign.campaignId() : campaign.plan().name();
        String organiser = page.name(campaign.organiserUnitId()) + " (" + campaign.organiserUnitId() + ")";
        return new CoverageView(campaign.campaignId(), name, organiser, period,
                "coverage.status." + campaign.status().name(), targets, models, byField, units,
                page.stages().totals());
    }

    static TargetRow row(TargetResult result, Locale locale) {
        String sign = result.target().comparison() == Comparison.MORE_THAN ? ">" : "≥";
        String target = sign + " " + result.target().percent() + " %";
        String percent = result.percent().map(p -> Formats.of(locale).percent(p)).orElse(null);
        String metKey = DashboardTexts.metKey(result.met());
        List<UnitRef> listed = result.uncovered().stream().limit(LISTED)
                .map(u -> new UnitRef(u.displayName(), u.unitId())).toList();
        return new TargetRow(result.target().unitKind(), target, result.total(), result.covered(), percent, metKey,
                listed, result.uncovered().size(), result.uncovered().size() - listed.size(), result.effective());
    }
}
