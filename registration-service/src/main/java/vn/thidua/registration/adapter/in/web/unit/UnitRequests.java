package vn.thidua.registration.adapter.in.web.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the organisation-tree API. */
final class UnitRequests {

    private UnitRequests() {
    }

    /** Thành lập đơn vị. {@code openedOn} defaults to today; {@code fullName} to the kind followed by the name. */
    record OpenUnit(@NotBlank @Size(max = 64) String unitId, @Size(max = 64) String parentId,
                    @NotBlank @Size(max = 80) String kind, @NotBlank @Size(max = 80) String level,
                    @NotBlank @Size(max = 200) String name, @Size(max = 200) String fullName,
                    @Size(max = 20) List<@Size(max = 80) String> groups, LocalDate openedOn) {
    }

    record RenameUnit(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String fullName) {
    }

    record MoveUnit(@NotBlank @Size(max = 64) String parentId) {
    }

    record CloseUnit(@NotNull LocalDate closedOn, @Size(max = 64) String successorId) {
    }
}
