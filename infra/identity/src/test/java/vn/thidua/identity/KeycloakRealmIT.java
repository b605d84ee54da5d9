package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.thidua.platform.security.SecurityPlatformAutoConfiguration;
import vn.thidua.platform.security.ThiDuaSecurityProperties;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm file in a real Keycloak (opt-in: it needs a running Keycloak with {@code keycloak/thidua-realm-demo.json}
 * imported, pages secret {@code thidua-pages-secret}; see {@code keycloak/run-keycloak.sh}):
 * {@code -Dthidua.keycloak.issuer=http://localhost:19090/realms/thidua}. Keycloak issues what the services require.
 */
@EnabledIfSystemProperty(named = "thidua.keycloak.issuer", matches = ".+")
class KeycloakRealmIT {

    static final String REDIRECT = IdentityProviderIT.REDIRECT;

    String issuer;
    String endpoints;
    Browser browser;

    @BeforeEach
    void setUp() {
        issuer = System.getProperty("thidua.keycloak.issuer");
        endpoints = issuer + "/protocol/openid-connect";
        URI uri = URI.create(issuer);
        browser = new Browser(uri.getScheme() + "://" + uri.getAuthority());
    }

    NimbusJwtDecoder servicesDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(endpoints + "/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(SecurityPlatformAutoConfiguration.validator(
                new ThiDuaSecurityProperties(issuer, null, null, null, null)));
        return decoder;
    }

    @Test
    void discoveryNamesTheRealm() {
        JsonNode discovery = Browser.json(browser.getJson(issuer + "/.well-known/openid-configuration"));

        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer);
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void passwordGrantOfTheCliClientGivesATokenTheServicesAccept() {
        HttpResponse<String> response = browser.post(endpoints + "/token", Map.of("grant_type", "password",
                "client_id", "thidua-cli", "username", "nhaplieu.langson", "password", IdentityProviderIT.PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt jwt = servicesDecoder().decode(Browser.json(response).path("access_token").asText());
        assertThat(jwt.getSubject()).as("a UUID in Keycloak").isNotBlank().isNotEqualTo("nhaplieu.langson");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("nhaplieu.langson");
        assertThat(jwt.getClaimAsString("unit_id")).isEqualTo("20");
        assertThat(jwt.getClaimAsStringList("roles"))
                .containsExactlyInAnyOrder("UNIT_OFFICER", "MANAGING_UNIT_OFFICER");
        assertThat(jwt.getAudience()).contains("thidua-api");
    }

    @Test
    void wrongPasswordAndThePagesClientGetNoPasswordGrant() {
        HttpResponse<String> wrong = browser.post(endpoints + "/token", Map.of("grant_type", "password",
                "client_id", "thidua-cli", "username", "canbo.hoxa", "password", "wrong"));
        HttpResponse<String> pages = browser.post(endpoints + "/token", Map.of("grant_type", "password",
                        "username", "canbo.hoxa", "password", IdentityProviderIT.PASSWORD),
                "Authorization", IdentityProviderIT.basic("thidua-pages", "thidua-pages-secret"));

        assertThat(wrong.statusCode()).isIn(400, 401);
        assertThat(pages.statusCode()).isIn(400, 401);
        assertThat(wrong.body() + pages.body()).doesNotContain("access_token");
    }

    @Test
    void codeWithPkceThroughTheLoginFormGivesAnIdTokenWithUnitAndRoles() {
        Browser.Pkce pkce = Browser.Pkce.fresh();
        HttpResponse<String> loginPage = browser.get(authorize(pkce, "kc-1"));
        assertThat(loginPage.statusCode()).isEqualTo(200);

        HttpResponse<String> toClient = browser.submitLoginForm(loginPage, "hoidong.vinhlinh",
                IdentityProviderIT.PASSWORD);
        Map<String, String> answer = Browser.query(Browser.location(toClient));
        assertThat(answer).containsEntry("state", "kc-1").containsKey("code");

        HttpResponse<String> tokens = browser.post(endpoints + "/token", Map.of("grant_type", "authorization_code",
                        "code", answer.get("code"), "redirect_uri", REDIRECT, "code_verifier", pkce.verifier()),
                "Authorization", IdentityProviderIT.basic("thidua-pages", "thidua-pages-secret"));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);

        Jwt idToken = NimbusJwtDecoder.withJwkSetUri(endpoints + "/certs").build()
                .decode(Browser.json(tokens).path("id_token").asText());
        assertThat(idToken.getClaimAsString("unit_id")).isEqualTo("D464");
        assertThat(idToken.getClaimAsStringList("roles")).containsExactly("COUNCIL_MEMBER");
        assertThat(idToken.getClaimAsString("name")).isEqualTo("Thành viên Hội đồng Thi đua – Khen thưởng, Huyện Vĩnh Linh");
        assertThat(idToken.getClaimAsString("nonce")).isEqualTo("nonce-kc-1");
        Jwt accessToken = servicesDecoder().decode(Browser.json(tokens).path("access_token").asText());
        assertThat(accessToken.getClaimAsString("unit_id")).isEqualTo("D464");
    }

    @Test
    void anAuthorizationRequestWithoutCodeChallengeIsRefused() {
        HttpResponse<String> refused = browser.get(endpoints + "/auth?" + Browser.form(Map.of(
                "response_type", "code", "client_id", "thidua-pages", "scope", "openid profile",
                "redirect_uri", REDIRECT, "state", "kc-2")));

        assertThat(Browser.query(Browser.location(refused)))
                .containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    private String authorize(Browser.Pkce pkce, String state) {
        return endpoints + "/auth?" + Browser.authorizationQuery(pkce, state, REDIRECT);
    }
}
