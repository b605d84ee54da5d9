package vn.thidua.review.adapter.in.web.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Jurisdiction;

import static vn.thidua.platform.security.Role.names;
import static vn.thidua.review.application.access.ReviewAccess.READERS;
import static vn.thidua.review.application.access.ReviewAccess.RECOGNISERS;

/**
 * Review's access table by role; the unit (the case's, within the caller's subtree) comes second, in the
 * application through {@link AccessGuard} on this service's copy of the tree. The service has no pages.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/review-cases", "/api/review-cases/*").hasAnyRole(names(READERS))
                .requestMatchers(HttpMethod.POST, "/api/review-cases/*/recognition").hasAnyRole(names(RECOGNISERS));
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
