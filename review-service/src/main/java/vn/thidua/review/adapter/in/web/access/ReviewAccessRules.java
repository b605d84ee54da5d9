package vn.thidua.review.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.review.application.ReviewCaseQueries;

import static vn.thidua.platform.security.Role.RECOGNISING_AUTHORITY;

/**
 * Who may call what (role level; the unit — the case's unit within the caller's subtree — is checked by the
 * application through {@link AccessGuard}, against this service's copy of the tree). The service has no pages.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewAccess {

    @Bean
    public AccessRules reviewAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/review-cases", "/api/review-cases/*")
                .hasAnyRole(Role.names(ReviewCaseQueries.READERS))
                .requestMatchers(HttpMethod.POST, "/api/review-cases/*/recognition")
                .hasAnyRole(Role.names(RECOGNISING_AUTHORITY));
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
