package vn.thidua.reporting.domain.deadline;

import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.PlanMilestone;
import vn.thidua.reporting.domain.campaign.PlanWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When an item is upcoming or overdue on a day, and the items a campaign's plan sets (its windows and milestones,
 * for the organiser's subtree). Rules in the reporting-service README, section "Deadlines and reminders".
 *
 * @param lookaheadDays   an item due within this many days from today (today included) is upcoming
 * @param overdueKeptDays a window or milestone stays overdue this many days after its day, then drops out
 */
public record DeadlineRules(int lookaheadDays, int overdueKeptDays) {

    public static final DeadlineRules DEFAULT = new DeadlineRules(30, 30);

    public DeadlineRules {
        if (lookaheadDays < 0 || overdueKeptDays < 0) {
            throw new IllegalArgumentException("Days must not be negative");
        }
    }

    /** Upcoming, overdue, or nothing (cleared, too far ahead, or long past for a window or milestone). */
    public Optional<DeadlineStatus> status(Deadline item, LocalDate today) {
        if (item.cleared()) return Optional.empty();
        if (!item.dueOn().isBefore(today)) {
            return item.dueOn().isAfter(today.plusDays(lookaheadDays)) ? Optional.empty()
                    : Optional.of(DeadlineStatus.UPCOMING);
        }
        if (item.kind().overdueUntilCleared() || !item.dueOn().plusDays(overdueKeptDays).isBefore(today)) {
            return Optional.of(DeadlineStatus.OVERDUE);
        }
        return Optional.empty();
    }

    /**
     * The windows' and milestones' items of a launched campaign, for its organiser and every unit below; all
     * cleared when the campaign is closed. Empty for a campaign not launched or without a plan.
     */
    public static List<Deadline> ofCampaign(Campaign campaign) {
        if (!campaign.launched() || campaign.plan() == null) return List.of();
        String name = campaign.plan().name() != null ? campaign.plan().name() : campaign.campaignId();
        List<Deadline> items = new ArrayList<>();
        for (PlanWindow w : campaign.plan().registrationWindows()) {
            if (w.dueOn() == null) continue;
            items.add(new Deadline("window:" + campaign.campaignId() + ":" + w.dueOn(), DeadlineKind.REGISTRATION_WINDOW,
                    campaign.campaignId(), campaign.organiserUnitId(), true, w.name(), name, w.dueOn(),
                    campaign.closedAt()));
        }
        for (PlanMilestone m : campaign.plan().milestones()) {
            if (m.dueOn() == null) continue;
            items.add(new Deadline("milestone:" + campaign.campaignId() + ":" + m.kind() + ":" + m.dueOn(),
                    DeadlineKind.MILESTONE, campaign.campaignId(), campaign.organiserUnitId(), true,
                    m.title() != null ? m.title() : m.kind(), name, m.dueOn(), campaign.closedAt()));
        }
        return items;
    }

    /**
     * Whether the item concerns someone acting for {@code actorUnitId}: it is that unit's own; or it was set for the
     * subtree of a unit above; or, for one who {@code supervises} (a board, a council, a viewer), it belongs to a unit
     * below.
     *
     * @param actorAncestors the actor unit's ancestors (root first)
     * @param itemAncestors  the item unit's ancestors (root first)
     */
    public static boolean concerns(Deadline item, String actorUnitId, List<String> actorAncestors,
                                   List<String> itemAncestors, boolean supervises) {
        if (item.unitId().equals(actorUnitId)) return true;
        if (item.subtree() && actorAncestors.contains(item.unitId())) return true;
        return supervises && itemAncestors.contains(actorUnitId);
    }
}
