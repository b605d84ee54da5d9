package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The review service counted the unit's answer to a supplement request; internal, not published. */
@Revision("1")
public record SupplementAnsweredEvent(String modelId, String requestId, LocalDate answeredOn, boolean late) {
}
