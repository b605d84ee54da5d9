package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitRenamedEvent(String unitId, String name, String fullName) {
}
