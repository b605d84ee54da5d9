package vn.thidua.reporting.domain.rollup;

import vn.thidua.reporting.domain.campaign.Campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reporting period of a campaign: a quarter, a half year (sơ kết 6 tháng), a year, or the whole campaign (tổng
 * kết). Codes: {@code 2024-Q2}, {@code 2024-H1}, {@code 2024}, {@code campaign}.
 */
public record ReportPeriod(Kind kind, int year, int index, LocalDate from, LocalDate to) {

    public enum Kind { QUARTER, HALF, YEAR, CAMPAIGN }

    public static final String WHOLE_CAMPAIGN = "campaign";

    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + index;
            case HALF -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
            case CAMPAIGN -> WHOLE_CAMPAIGN;
        };
    }

    public static ReportPeriod wholeCampaign(Campaign campaign) {
        return new ReportPeriod(Kind.CAMPAIGN, campaign.endYear(), 0, campaign.periodStart(), campaign.periodEnd());
    }

    /** Every period of the campaign: the whole campaign, then per year the year, its halves and its quarters. */
    public static List<ReportPeriod> of(Campaign campaign) {
        List<ReportPeriod> periods = new ArrayList<>();
        periods.add(wholeCampaign(campaign));
        for (int year = campaign.startYear(); year <= campaign.endYear(); year++) {
            periods.add(new ReportPeriod(Kind.YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            for (int half = 1; half <= 2; half++) {
                LocalDate start = LocalDate.of(year, half * 6 - 5, 1);
                periods.add(new ReportPeriod(Kind.HALF, year, half, start, start.plusMonths(6).minusDays(1)));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
                periods.add(new ReportPeriod(Kind.QUARTER, year, quarter, start, start.plusMonths(3).minusDays(1)));
            }
        }
        return periods;
    }

    /** The campaign's period with this code; the whole campaign for none; empty for a code it does not have. */
    public static Optional<ReportPeriod> parse(String code, Campaign campaign) {
        if (code == null || code.isBlank()) return Optional.of(wholeCampaign(campaign));
        return of(campaign).stream().filter(p -> p.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
