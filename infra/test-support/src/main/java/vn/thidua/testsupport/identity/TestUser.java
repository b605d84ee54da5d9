package vn.thidua.testsupport.identity;

import java.util.List;
import java.util.Objects;

/**
 * Someone signed in for a test: the user id ({@code sub}), the unit they act for ({@code unit_id}) and their
 * roles ({@code roles}), exactly the claims a real identity provider issues.
 */
public record TestUser(String userId, String unitId, List<String> roles) {

    public TestUser {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static TestUser of(String userId, String unitId, String... roles) {
        return new TestUser(userId, unitId, List.of(roles));
    }

    /** The display name put in the {@code name} claim. */
    public String displayName() {
        return "Người dùng thử " + userId;
    }
}
