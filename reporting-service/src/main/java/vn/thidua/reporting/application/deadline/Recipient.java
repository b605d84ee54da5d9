package vn.thidua.reporting.application.deadline;

import java.util.List;

/**
 * Who receives a digest: an address, the unit it acts for and its roles (role names), so that the digest holds what
 * that unit's to-do list holds. Configured (the identity provider's users carry no e-mail address).
 */
public record Recipient(String email, String unitId, List<String> roles) {

    public Recipient {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
