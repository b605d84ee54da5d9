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
import static vn.thidua.review.application.access.ReviewAccess.ROUTERS;
import static vn.thidua.review.application.access.ReviewAccess.ROUTING_ADMINISTRATORS;

/**
 * Review's access table by role; the unit (the case's, within the caller's subtree) comes second, in the
 * application through {@link AccessGuard} on this service's copy of the tree (acting on a case: only from the unit
 * it is routed to). The pages follow the same table.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/review-cases", "/api/review-cases/*", "/api/effectiveness",
                        "/api/review-cases/*/authority-documents/*").hasAnyRole(names(READERS))
                .requestMatchers(HttpMethod.POST, "/api/review-cases/*/routing").hasAnyRole(names(ROUTERS))
                .requestMatchers(HttpMethod.POST, "/api/review-cases/*/surveys", "/api/review-cases/*/criteria",
                        "/api/review-cases/*/supplement-requests", "/api/review-cases/*/authority-documents",
                        "/api/review-cases/*/meeting", "/api/review-cases/*/recognition",
                        "/api/review-cases/*/declination", "/api/review-cases/*/revocation",
                        "/api/review-cases/*/effectiveness",
                        "/api/recognition-decisions").hasAnyRole(names(RECOGNISERS))
                .requestMatchers("/api/routing-table").hasAnyRole(names(ROUTING_ADMINISTRATORS));
    }

    /** The pages, by the same roles as the operations they call (the application judges the unit again). */
    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/", "/cases", "/cases/*", "/cases/*/decision.pdf", "/cases/*/documents/*",
                        "/models/*/case", "/effectiveness")
                .hasAnyRole(names(READERS))
                .requestMatchers(HttpMethod.GET, "/needs-routing", "/authorities/choices", "/authorities/find")
                .hasAnyRole(names(ROUTERS))
                .requestMatchers(HttpMethod.POST, "/cases/*/routing").hasAnyRole(names(ROUTERS))
                .requestMatchers(HttpMethod.GET, "/decisions/new").hasAnyRole(names(RECOGNISERS))
                .requestMatchers(HttpMethod.POST, "/cases/*/survey", "/cases/*/criteria", "/cases/*/supplement",
                        "/cases/*/document", "/cases/*/meeting", "/cases/*/recognition", "/cases/*/declination",
                        "/cases/*/revocation", "/cases/*/effectiveness", "/decisions").hasAnyRole(names(RECOGNISERS));
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
