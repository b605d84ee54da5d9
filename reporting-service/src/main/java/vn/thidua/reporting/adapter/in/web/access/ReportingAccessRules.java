package vn.thidua.reporting.adapter.in.web.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.access.ProjectedUnits;
import vn.thidua.reporting.application.deadline.DeadlineQueries;

import static vn.thidua.reporting.application.access.ReportingAccess.MODEL_READERS;
import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;
import static vn.thidua.platform.security.Role.names;

/**
 * Reporting's access table by role; the unit comes second, in the application layer ({@link AccessGuard}
 * over {@link ProjectedUnits}, reporting's own copy of the tree). Anything not named here is refused (403).
 */
@Configuration(proxyBeanMethods = false)
public class ReportingAccessRules implements AccessRules {

    private static final String[] REPORTS = names(REPORT_READERS);
    private static final String[] MODELS = names(MODEL_READERS);
    private static final String[] TODO = names(DeadlineQueries.READERS);

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/campaigns/*/coverage", "/api/campaigns/*/target-coverage",
                        "/api/campaigns/*", "/api/units/*").hasAnyRole(REPORTS)
                .requestMatchers(HttpMethod.GET, "/api/models/*", "/api/models/*/history").hasAnyRole(MODELS)
                .requestMatchers(HttpMethod.GET, "/api/todo").hasAnyRole(TODO);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/", "/campaigns", "/campaigns/find", "/campaigns/*/coverage",
                        "/campaigns/*/dashboard", "/campaigns/*/summary.xlsx", "/campaigns/*/coverage.csv",
                        "/campaigns/*/coverage.json", "/campaigns/*/breakdowns.csv", "/campaigns/*/report.pdf",
                        "/units/find", "/units/choices")
                .hasAnyRole(REPORTS)
                .requestMatchers(HttpMethod.GET, "/models/*/history").hasAnyRole(MODELS)
                .requestMatchers(HttpMethod.GET, "/admin/rebuild", "/admin/rebuild/progress")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/admin/rebuild").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.GET, "/todo").hasAnyRole(TODO);
    }

    @Bean
    public Jurisdiction unitJurisdiction(ProjectionStore projection) {
        return new ProjectedUnits(projection).jurisdiction();
    }

    @Bean
    public AccessGuard accessGuard(Jurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
