package vn.thidua.award.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.thidua.award.application.AwardQueries;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.platform.security.Role;

import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.COUNCIL_MEMBER;

/**
 * Who may call what (role level; the unit — the model's unit within the caller's subtree — is checked by the
 * application through {@link AccessGuard}, against this service's copy of the tree). The service has no pages.
 */
@Configuration(proxyBeanMethods = false)
public class AwardAccess {

    @Bean
    public AccessRules awardAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/eligible-models", "/api/award-proposals", "/api/award-proposals/*")
                .hasAnyRole(Role.names(AwardQueries.READERS))
                .requestMatchers(HttpMethod.POST, "/api/models/*/award-proposals")
                .hasAnyRole(Role.names(BOARD_OFFICER))
                .requestMatchers(HttpMethod.POST, "/api/models/*/award-proposals/*/decision")
                .hasAnyRole(Role.names(COUNCIL_MEMBER));
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
