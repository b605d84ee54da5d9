package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.contracts.ModelField;
import vn.thidua.registration.application.model.ModelCommands.AmendmentInput;

import java.time.LocalDate;

/** The complete amended registration content; {@code reason} is an optional note for the history. */
public record AmendModelRequest(String title, ModelField field, String content, String method,
                                String expectedResults, LocalDate startDate, String reason) {

    AmendmentInput toInput() {
        return new AmendmentInput(title, field, content, method, expectedResults, startDate, reason);
    }
}
