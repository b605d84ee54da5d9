package vn.thidua.award.adapter.in.web.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Jurisdiction;

import static vn.thidua.award.application.access.AwardAccess.ADMINISTRATORS;
import static vn.thidua.award.application.access.AwardAccess.CATALOGUE_READERS;
import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.PROPOSERS;
import static vn.thidua.award.application.access.AwardAccess.READERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_PROPOSERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_READERS;
import static vn.thidua.platform.security.Role.names;

/**
 * Award's access table by role; the unit (the model's, within the caller's subtree) comes second, in the
 * application through {@link AccessGuard} on this service's copy of the tree. Pages follow the same roles.
 */
@Configuration(proxyBeanMethods = false)
public class AwardAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/eligible-models", "/api/award-proposals", "/api/award-proposals/*")
                .hasAnyRole(names(READERS))
                .requestMatchers(HttpMethod.POST, "/api/models/*/award-proposals").hasAnyRole(names(PROPOSERS))
                .requestMatchers(HttpMethod.POST, "/api/models/*/award-proposals/*/decision")
                .hasAnyRole(names(DECIDERS))
                .requestMatchers(HttpMethod.GET, "/api/award-catalogue").hasAnyRole(names(CATALOGUE_READERS))
                .requestMatchers(HttpMethod.PUT, "/api/award-catalogue/forms/*", "/api/award-catalogue/base-salaries/*")
                .hasAnyRole(names(ADMINISTRATORS))
                .requestMatchers(HttpMethod.GET, "/api/award-rounds", "/api/award-rounds/*", "/api/award-rounds/*/proposals")
                .hasAnyRole(names(ROUND_READERS))
                .requestMatchers(HttpMethod.POST, "/api/award-rounds", "/api/award-rounds/*/close",
                        "/api/award-rounds/*/reopen", "/api/award-rounds/*/forms", "/api/award-rounds/*/decisions")
                .hasAnyRole(names(DECIDERS))
                .requestMatchers(HttpMethod.POST, "/api/award-rounds/*/proposals", "/api/award-proposals/*/withdrawal",
                        "/api/award-proposals/*/report")
                .hasAnyRole(names(ROUND_PROPOSERS))
                .requestMatchers(HttpMethod.GET, "/api/award-proposals/*/report").hasAnyRole(names(ROUND_READERS));
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/").hasAnyRole(names(CATALOGUE_READERS))
                .requestMatchers(HttpMethod.GET, "/catalogue").hasAnyRole(names(CATALOGUE_READERS))
                .requestMatchers(HttpMethod.POST, "/catalogue/base-salaries", "/catalogue/coefficients")
                .hasAnyRole(names(ADMINISTRATORS))
                .requestMatchers(HttpMethod.GET, "/rounds/*/proposals/new").hasAnyRole(names(ROUND_PROPOSERS))
                .requestMatchers(HttpMethod.POST, "/rounds/*/proposals", "/rounds/*/proposals/*/report")
                .hasAnyRole(names(ROUND_PROPOSERS))
                .requestMatchers("/rounds/*/decision", "/rounds/new").hasAnyRole(names(DECIDERS))
                .requestMatchers(HttpMethod.POST, "/rounds", "/rounds/*/close", "/rounds/*/reopen", "/rounds/*/forms")
                .hasAnyRole(names(DECIDERS))
                .requestMatchers(HttpMethod.GET, "/rounds", "/rounds/*", "/rounds/*/list.xlsx",
                        "/rounds/*/decision.pdf", "/rounds/*/certificates.pdf", "/rounds/*/proposals/*/report")
                .hasAnyRole(names(ROUND_READERS));
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
