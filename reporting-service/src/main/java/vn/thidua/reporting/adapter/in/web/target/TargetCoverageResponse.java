package vn.thidua.reporting.adapter.in.web.target;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.target.ModelTotals;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.target.TargetResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(description = "Coverage of a campaign against its targets (độ bao phủ so với chỉ tiêu). Per target: the units "
        + "of its kind strictly below the organiser unit that existed during the period (the denominator), how many "
        + "of them have at least one counting model (registered, not withdrawn, not an 'other'-field model awaiting "
        + "its content confirmation), the percentage and whether the target is met. A target's unitKind matches a "
        + "unit's kind, level or one of its groups (Unicode NFC, case ignored).")
public record TargetCoverageResponse(
        String campaignId,
        String name,
        @Schema(description = "Organiser unit (đơn vị phát động): the root of the subtree counted") String organiserUnitId,
        @Schema(description = "OPEN or CLOSED") String status,
        @Schema(description = "The days the denominators are taken over: the campaign's years, or the one day asked "
                + "for with ?on=") Period period,
        List<TargetRow> targets,
        ModelCounts models) {

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Target(@Schema(description = "AT_LEAST (≥) or MORE_THAN (strictly >)") String comparison,
                         int percent) {
    }

    public record UnitRef(String unitId, String name) {
    }

    public record TargetRow(
            @Schema(description = "Unit kind, level or group the target is about, as the campaign says") String unitKind,
            Target target,
            @Schema(description = "Denominator: units of that kind below the organiser during the period") long units,
            @Schema(description = "Units of them with at least one counting model") long unitsWithModels,
            @Schema(description = "unitsWithModels / units in percent, rounded down to 2 decimals; null without units")
            BigDecimal percent,
            @Schema(description = "Whether the target is met, on exact counts; null without units") Boolean met,
            @Schema(description = "The units of the denominator still without a counting model, sorted by id")
            List<UnitRef> unitsWithoutModels) {
    }

    @Schema(description = "The campaign's models whose registration arrived: registered = withdrawn + "
            + "awaitingConfirmation + counting; the breakdowns are of the counting models (field as last amended)")
    public record ModelCounts(long registered, long withdrawn, long awaitingConfirmation, long counting,
                              @Schema(description = "Counting models registered after the last window (đăng ký muộn)")
                              long late,
                              @Schema(description = "Counting models that replicate another (nhân rộng)") long replicas,
                              Map<String, Long> byField, Map<String, Long> byRegistrantKind,
                              Map<String, Long> byNovelty,
                              @Schema(description = "Counting replicas per model replicated") Map<String, Long> replicasOf) {
    }

    public static TargetCoverageResponse of(TargetCoverage coverage) {
        Campaign campaign = coverage.campaign();
        return new TargetCoverageResponse(campaign.campaignId(), campaign.plan() == null ? null : campaign.plan().name(),
                campaign.organiserUnitId(), campaign.status().name(), new Period(coverage.from(), coverage.to()),
                coverage.targets().stream().map(TargetCoverageResponse::row).toList(), counts(coverage.models()));
    }

    private static TargetRow row(TargetResult result) {
        return new TargetRow(result.target().unitKind(),
                new Target(result.target().comparison().name(), result.target().percent()), result.total(),
                result.covered(), result.percent().orElse(null), result.met().orElse(null),
                result.uncovered().stream().map(u -> new UnitRef(u.unitId(), u.displayName())).toList());
    }

    private static ModelCounts counts(ModelTotals totals) {
        return new ModelCounts(totals.registered(), totals.withdrawn(), totals.awaitingConfirmation(),
                totals.counting(), totals.late(), totals.replicas(),
                every(ModelField.values(), totals.byField()), every(RegistrantKind.values(), totals.byRegistrantKind()),
                every(ModelNovelty.values(), totals.byNovelty()), new LinkedHashMap<>(totals.replicasByOriginal()));
    }

    /** Every value of the published enum (0 when none), then any other the events named, e.g. UNKNOWN. */
    private static Map<String, Long> every(Enum<?>[] values, Map<String, Long> counted) {
        Map<String, Long> all = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> all.put(v.name(), 0L));
        counted.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.merge(e.getKey(), e.getValue(), Long::sum));
        return all;
    }
}
