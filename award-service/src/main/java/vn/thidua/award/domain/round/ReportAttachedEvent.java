package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

/** A proposal's report was attached, with the proposal or later before its decision (internal). */
@Revision("1")
public record ReportAttachedEvent(String roundId, String proposalId, ProposalReport report) {
}
