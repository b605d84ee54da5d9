package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record UnitOpenedEvent(String unitId, String parentId, String kind, String level, String name,
                              String fullName, List<String> groups, LocalDate openedOn) {
}
