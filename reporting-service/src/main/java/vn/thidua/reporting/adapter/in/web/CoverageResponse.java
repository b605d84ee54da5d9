package vn.thidua.reporting.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.Tally;

import java.util.List;

@Schema(description = "Coverage of a campaign: models per unit that were registered, recognised as typical, "
        + "proposed for an award and awarded (approved decisions only); units sorted by id")
public record CoverageResponse(String campaignId, List<UnitRow> units, Counts totals) {

    public record UnitRow(String unitId, long registered, long recognized, long proposedForAward, long awarded) {
    }

    public record Counts(long registered, long recognized, long proposedForAward, long awarded) {
        static Counts of(Tally tally) {
            return new Counts(tally.registered(), tally.recognized(), tally.proposedForAward(), tally.awarded());
        }
    }

    static CoverageResponse of(CampaignCoverage coverage) {
        return new CoverageResponse(coverage.campaignId(),
                coverage.units().stream().map(u -> new UnitRow(u.unitId(), u.tally().registered(),
                        u.tally().recognized(), u.tally().proposedForAward(), u.tally().awarded())).toList(),
                Counts.of(coverage.totals()));
    }
}
