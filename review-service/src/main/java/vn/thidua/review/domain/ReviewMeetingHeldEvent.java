package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReviewMeetingHeldEvent(CaseRef ref, java.time.LocalDate heldOn, String chair, java.util.List<String> membersPresent, int membersTotal, int votesFor, int votesAgainst, int votesAbstaining, boolean quorumMet, boolean passed, String conclusion) {
}
