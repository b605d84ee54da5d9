package vn.thidua.registration.domain.unit;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A unit's kind, level or groups changed; published as {@code UnitReclassified}. */
@Revision("1")
public record UnitReclassifiedEvent(String unitId, String kind, String level, List<String> groups) {
}
