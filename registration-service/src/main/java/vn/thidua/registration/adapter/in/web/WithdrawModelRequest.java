package vn.thidua.registration.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record WithdrawModelRequest(@NotBlank @Size(max = 1000) String reason) {
}
