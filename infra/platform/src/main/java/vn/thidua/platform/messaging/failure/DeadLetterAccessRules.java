package vn.thidua.platform.messaging.failure;

import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Role;

/** The dead-letter endpoints are the administrator's (quản trị), in every service; first, before a service's rules. */
public class DeadLetterAccessRules implements AccessRules, Ordered {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(DeadLetterController.PATH, DeadLetterController.PATH + "/**")
                .hasRole(Role.ADMINISTRATOR.name());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
