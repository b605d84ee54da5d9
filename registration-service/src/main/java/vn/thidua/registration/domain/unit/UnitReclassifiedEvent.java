package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Internal for now: the published language has no event for a change of kind, level or groups. */
@Revision("1")
public record UnitReclassifiedEvent(String unitId, String kind, String level, List<String> groups) {
}
