package vn.thidua.reporting.application.deadline;

import vn.thidua.contracts.AwardRoundClosed;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineChange;
import vn.thidua.reporting.domain.deadline.DeadlineKind;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates the events that set or clear a deadline: a supplement asked (due) and received (cleared), an award round
 * opened with a proposal deadline (due) and closed (cleared). Campaign windows and milestones come from the campaign
 * projection instead ({@code DeadlineRules.ofCampaign}).
 */
public final class DeadlineChanges {

    private DeadlineChanges() {
    }

    /**
     * @return empty for an event that sets no deadline
     * @throws IllegalArgumentException for such an event that lacks what the projection needs
     */
    public static Optional<DeadlineChange> of(IntegrationEvent event, Instant fallbackTime) {
        try {
            return translate(event, fallbackTime);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("Malformed " + event.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Optional<DeadlineChange> translate(IntegrationEvent event, Instant fallbackTime) {
        if (event instanceof SupplementRequested e && e.dueOn() != null) {
            return Optional.of(DeadlineChange.due(new Deadline(supplementId(e.reviewCaseId(), e.requestId()),
                    DeadlineKind.SUPPLEMENT, e.campaignId(), e.unitId(), false, e.request(), e.modelId(), e.dueOn(),
                    null, EventChanges.time(e.occurredAt(), fallbackTime))));
        }
        if (event instanceof SupplementReceived e) {
            return Optional.of(DeadlineChange.cleared(supplementId(e.reviewCaseId(), e.requestId()),
                    EventChanges.time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof AwardRoundOpened e && e.proposalDeadline() != null) {
            return Optional.of(DeadlineChange.due(new Deadline(roundId(e.roundId()), DeadlineKind.AWARD_ROUND,
                    e.campaignId(), e.councilUnitId(), true, e.name(), e.roundId(), e.proposalDeadline(), null)));
        }
        if (event instanceof AwardRoundClosed e) {
            return Optional.of(DeadlineChange.cleared(roundId(e.roundId()),
                    EventChanges.time(e.occurredAt(), fallbackTime)));
        }
        return Optional.empty();
    }

    private static String supplementId(String reviewCaseId, String requestId) {
        return "supplement:" + Objects.requireNonNull(reviewCaseId, "reviewCaseId") + ":"
                + Objects.requireNonNull(requestId, "requestId");
    }

    private static String roundId(String roundId) {
        return "award-round:" + Objects.requireNonNull(roundId, "roundId");
    }
}
