package vn.thidua.award.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.contracts.AwardForm;

public record ProposeAwardRequest(@NotNull AwardForm awardForm, @Size(max = 2000) String reason) {
}
