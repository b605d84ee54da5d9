package vn.thidua.award.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.contracts.AwardOutcome;

public record DecideAwardRequest(@NotNull AwardOutcome outcome, @Size(max = 100) String decisionNumber) {
}
