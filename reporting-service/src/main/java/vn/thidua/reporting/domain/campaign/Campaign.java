package vn.thidua.reporting.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A campaign as reporting knows it, folded from {@link CampaignChange}s in any order, any number of times: the
 * launch (organiser and period; the newest launch wins should there be two), the newest plan (launch or amendment,
 * by event time) and the earliest closure. Each is {@code null} until heard of: without its launch a campaign is
 * not {@link #launched()}; {@code closedAt} stays {@code null} while it is open.
 */
public record Campaign(String campaignId, String organiserUnitId, Integer startYear, Integer endYear,
                       Instant launchedAt, CampaignPlan plan, Instant closedAt, String closeReason) {

    /** Whether it is open (đang diễn ra) or closed (đã kết thúc). */
    public enum Status { OPEN, CLOSED }

    public Campaign {
        Objects.requireNonNull(campaignId, "campaignId");
    }

    public static Campaign unknown(String campaignId) {
        return new Campaign(campaignId, null, null, null, null, null, null, null);
    }

    public static Campaign from(CampaignChange change) {
        return unknown(change.campaignId()).apply(change);
    }

    public Campaign apply(CampaignChange change) {
        if (!campaignId.equals(change.campaignId())) {
            throw new IllegalArgumentException("Change of campaign " + change.campaignId() + " applied to " + campaignId);
        }
        if (change instanceof CampaignChange.Launched l) {
            boolean newer = launchedAt == null || l.at().isAfter(launchedAt)
                    || l.at().equals(launchedAt) && launchKey(l.organiserUnitId(), l.startYear(), l.endYear())
                            .compareTo(launchKey(organiserUnitId, startYear, endYear)) > 0;
            Campaign launched = newer
                    ? new Campaign(campaignId, l.organiserUnitId(), l.startYear(), l.endYear(), l.at(), plan,
                            closedAt, closeReason)
                    : this;
            return launched.withPlan(l.plan());
        }
        if (change instanceof CampaignChange.Amended a) {
            return withPlan(a.plan());
        }
        CampaignChange.Closed c = (CampaignChange.Closed) change;
        boolean earlier = closedAt == null || c.at().isBefore(closedAt)
                || c.at().equals(closedAt) && text(c.reason()).compareTo(text(closeReason)) < 0;
        return earlier
                ? new Campaign(campaignId, organiserUnitId, startYear, endYear, launchedAt, plan, c.at(), c.reason())
                : this;
    }

    public boolean launched() {
        return organiserUnitId != null && startYear != null && endYear != null;
    }

    public Status status() {
        return closedAt == null ? Status.OPEN : Status.CLOSED;
    }

    /** 1 January of the first year. */
    public LocalDate periodStart() {
        requireLaunched();
        return LocalDate.of(startYear, 1, 1);
    }

    /** 31 December of the last year. */
    public LocalDate periodEnd() {
        requireLaunched();
        return LocalDate.of(endYear, 12, 31);
    }

    private Campaign withPlan(CampaignPlan next) {
        return next.supersedes(plan)
                ? new Campaign(campaignId, organiserUnitId, startYear, endYear, launchedAt, next, closedAt, closeReason)
                : this;
    }

    private static String launchKey(String organiser, Integer start, Integer end) {
        return text(organiser) + "|" + start + "|" + end;
    }

    private void requireLaunched() {
        if (!launched()) throw new IllegalStateException("Campaign " + campaignId + " has not been launched");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
