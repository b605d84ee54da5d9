package vn.thidua.pages;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who the header shows: the signed-in person's name (from the ID token, else the user id), their unit (named
 * through {@link UnitNames} when the service has it, else its code) and their roles. Templates: {@code #signedIn}.
 */
public record SignedIn(boolean present, String name, String unitId, String unitName, List<String> roles) {

    static final SignedIn NOBODY = new SignedIn(false, null, null, null, List.of());

    public static SignedIn current(Optional<UnitNames> names) {
        Optional<Caller> caller = CurrentCaller.get();
        if (caller.isEmpty() || caller.get().userId() == null) return NOBODY;
        Caller who = caller.get();
        String unitName = who.unitId() == null ? null
                : names.flatMap(n -> n.name(who.unitId())).orElse(who.unitId());
        return new SignedIn(true, displayName(who.userId()), who.unitId(), unitName, who.roles());
    }

    /** Whether the signed-in person holds any of these roles ({@code Role} names). */
    public boolean holds(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    private static String displayName(String userId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            if (user.getFullName() != null && !user.getFullName().isBlank()) return user.getFullName();
            if (user.getPreferredUsername() != null) return user.getPreferredUsername();
        }
        return userId;
    }
}
