package vn.thidua.registration.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;

public record RegisterModelRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotBlank @Size(max = 64) String unitId,
        @Size(max = 64) String managingUnitId,
        @NotNull RegistrantKind registrantKind,
        @NotBlank @Size(min = 3, max = 300) String title,
        @NotNull ModelField field) {
}
