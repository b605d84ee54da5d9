package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The review meeting (họp xét) was held: chair, members present of {@code membersTotal}, the votes, whether the
 * quorum was met and the majority voted for, and its conclusion.
 */
public record ReviewMeetingHeld(String reviewCaseId, String modelId, String campaignId, String unitId,
                                LocalDate heldOn, String chair, List<String> membersPresent, int membersTotal,
                                int votesFor, int votesAgainst, int votesAbstaining, boolean quorumMet,
                                boolean passed, String conclusion, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
