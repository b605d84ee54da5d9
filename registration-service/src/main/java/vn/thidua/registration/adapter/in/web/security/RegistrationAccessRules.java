package vn.thidua.registration.adapter.in.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.AccessRules;
import vn.thidua.platform.security.Role;

import java.util.Arrays;

/**
 * Who may call what, by role: the one place registration states it. The unit comes second: the application
 * services check that the unit acted on lies in the caller's subtree ({@link vn.thidua.platform.security.AccessGuard}).
 * Anything not named here is refused.
 */
@Component
public class RegistrationAccessRules implements AccessRules {

    /** Every role: the campaigns and the organisation tree are reference data. */
    static final String[] EVERY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    /** Who reads models and dossiers (each over the model's unit; a managing-unit officer also over its managing unit). */
    static final String[] READERS = {"UNIT_OFFICER", "MANAGING_UNIT_OFFICER", "RECOGNISING_AUTHORITY", "COUNCIL_MEMBER",
            "BOARD_OFFICER", "VIEWER"};
    static final String UNIT_OFFICER = "UNIT_OFFICER";
    static final String MANAGING_UNIT_OFFICER = "MANAGING_UNIT_OFFICER";
    static final String BOARD_OFFICER = "BOARD_OFFICER";
    static final String ADMINISTRATOR = "ADMINISTRATOR";

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // campaigns (phong trào)
        rules.requestMatchers(HttpMethod.POST, "/api/campaigns/seed-demo").hasRole(ADMINISTRATOR)
                .requestMatchers(HttpMethod.GET, "/api/campaigns", "/api/campaigns/*").hasAnyRole(EVERY_ROLE)
                .requestMatchers(HttpMethod.POST, "/api/campaigns", "/api/campaigns/*/closure").hasRole(BOARD_OFFICER)
                .requestMatchers(HttpMethod.PUT, "/api/campaigns/*").hasRole(BOARD_OFFICER)
                // organisation tree (cây đơn vị)
                .requestMatchers(HttpMethod.GET, "/api/units", "/api/units/*", "/api/units/*/subtree-size")
                .hasAnyRole(EVERY_ROLE)
                .requestMatchers(HttpMethod.POST, "/api/units", "/api/units/*/rename", "/api/units/*/move",
                        "/api/units/*/closure").hasRole(BOARD_OFFICER)
                .requestMatchers("/api/unit-imports", "/api/unit-imports/**").hasRole(ADMINISTRATOR)
                // models (mô hình) and their dossiers (hồ sơ)
                .requestMatchers(HttpMethod.GET, "/api/model-imports/template.xlsx").hasAnyRole(EVERY_ROLE)
                .requestMatchers(HttpMethod.POST, "/api/model-imports").hasAnyRole(UNIT_OFFICER, BOARD_OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/models", "/api/models/*/amendment", "/api/models/*/withdrawal",
                        "/api/models/*/documents").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.DELETE, "/api/models/*/documents/*").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/models/*/content-confirmation").hasRole(MANAGING_UNIT_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/models", "/api/models/*", "/api/models/*/documents",
                        "/api/models/*/documents/*/content").hasAnyRole(READERS)
                // units' own plans (kế hoạch thực hiện): filed by the unit officer, read over the unit
                .requestMatchers(HttpMethod.POST, "/api/campaigns/*/unit-plans").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/unit-plans/*", "/api/campaigns/*/unit-plans/*/subtree",
                        "/api/campaigns/*/unit-plans/*/document").hasAnyRole(READERS);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/").hasAnyRole(EVERY_ROLE)
                // campaigns
                .requestMatchers(HttpMethod.GET, "/campaigns/new").hasRole(BOARD_OFFICER)
                .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/*").hasAnyRole(EVERY_ROLE)
                .requestMatchers(HttpMethod.POST, "/campaigns", "/campaigns/*", "/campaigns/*/closure")
                .hasRole(BOARD_OFFICER)
                // organisation tree
                .requestMatchers("/units/import", "/units/import/**").hasRole(ADMINISTRATOR)
                .requestMatchers(HttpMethod.GET, "/units", "/units/choices", "/units/find").hasAnyRole(EVERY_ROLE)
                // models
                .requestMatchers(HttpMethod.GET, "/models/new").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.POST, "/models").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.GET, "/models/import/template.xlsx").hasAnyRole(EVERY_ROLE)
                .requestMatchers(HttpMethod.GET, "/models/choices", "/models/find").hasAnyRole(READERS)
                .requestMatchers("/models/import").hasAnyRole(UNIT_OFFICER, BOARD_OFFICER)
                .requestMatchers(HttpMethod.GET, "/models", "/models/*", "/models/*/dossier",
                        "/models/*/dossier/*/content").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/models/*/amendment", "/models/*/withdrawal", "/models/*/dossier",
                        "/models/*/dossier/*/remove").hasRole(UNIT_OFFICER)
                .requestMatchers(HttpMethod.POST, "/models/*/content-confirmation").hasRole(MANAGING_UNIT_OFFICER)
                // units' own plans
                .requestMatchers(HttpMethod.GET, "/campaigns/*/plans", "/campaigns/*/plans/*/document")
                .hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/campaigns/*/plans").hasRole(UNIT_OFFICER);
    }
}
