package vn.thidua.award.domain.round;

import vn.thidua.contracts.AwardOutcome;

/** The council's verdict on one proposal of a decision: approve or reject, with a reason. */
public record Verdict(String proposalId, AwardOutcome outcome, String reason) {
}
