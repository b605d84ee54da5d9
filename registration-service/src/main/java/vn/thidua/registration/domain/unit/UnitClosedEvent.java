package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record UnitClosedEvent(String unitId, LocalDate closedOn, String successorId) {
}
