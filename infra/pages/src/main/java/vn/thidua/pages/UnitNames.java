package vn.thidua.pages;

import java.util.Optional;

/** The port the header names the signed-in user's unit with: a service with a copy of the tree provides it. */
@FunctionalInterface
public interface UnitNames {

    /** The unit's display name, or empty when the service has not heard of it. */
    Optional<String> name(String unitId);
}
