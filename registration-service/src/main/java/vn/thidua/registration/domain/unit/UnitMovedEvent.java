package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitMovedEvent(String unitId, String fromParentId, String toParentId) {
}
