package vn.thidua.review.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RecognizeModelRequest(@NotBlank @Size(max = 64) String recognizedByUnitId) {
}
