package vn.thidua.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's table of who may call what, by role (the unit comes second: the application layer checks that the
 * unit acted on lies in the caller's subtree, see {@link AccessGuard}). Whatever the table does not name is
 * refused, so a new endpoint without a rule answers 403 to everyone until someone writes its rule.
 */
public interface AccessRules {

    /** Rules for {@code /api/**} (bearer tokens). */
    void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /** Rules for the pages (signed-in session); by default none, i.e. pages are closed. */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
