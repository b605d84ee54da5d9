package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.thidua.platform.security.SecurityPlatformAutoConfiguration;
import vn.thidua.platform.security.ThiDuaSecurityProperties;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provider over real HTTP, as the services and a browser use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class IdentityProviderIT {

    static final String PASSWORD = "ThiDua@2026";
    static final String REDIRECT = "http://localhost:8081/login/oauth2/code/thidua";

    @LocalServerPort
    int port;

    String base;
    Browser browser;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        browser = new Browser(base);
    }

    /** The services' own verifier: keys from the JWKS, RS256 only, issuer, audience thidua-api, sub/unit_id/roles. */
    NimbusJwtDecoder servicesDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(SecurityPlatformAutoConfiguration.validator(
                new ThiDuaSecurityProperties(base, null, null, null, null)));
        return decoder;
    }

    HttpResponse<String> passwordGrant(String username, String password) {
        return browser.post("/oauth2/token", Map.of("grant_type", "password", "client_id", "thidua-cli",
                "username", username, "password", password, "scope", "openid profile"));
    }

    static Map<String, Object> header(String jwt) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> header = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
            return header;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void discoveryNamesTheEndpointsTheServicesUse() {
        HttpResponse<String> response = browser.getJson("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = Browser.json(response);
        assertThat(discovery.path("issuer").asText()).isEqualTo(base);
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(base + "/oauth2/jwks");
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(base + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(base + "/oauth2/token");
        assertThat(discovery.path("end_session_endpoint").asText()).isEqualTo(base + "/connect/logout");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(discovery.path("id_token_signing_alg_values_supported").toString()).contains("RS256");
        assertThat(discovery.path("grant_types_supported").toString()).contains("authorization_code", "password");
    }

    @Test
    void passwordGrantIssuesAnAccessTokenTheServicesAccept() {
        HttpResponse<String> response = passwordGrant("nhaplieu.vinhlinh", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Browser.json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        String token = body.path("access_token").asText();
        assertThat(header(token)).containsEntry("alg", "RS256").containsKey("kid");

        Jwt jwt = servicesDecoder().decode(token);
        assertThat(jwt.getSubject()).isEqualTo("nhaplieu.vinhlinh");
        assertThat(jwt.getClaimAsString("unit_id")).isEqualTo("D464");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER", "MANAGING_UNIT_OFFICER");
        assertThat(jwt.getClaims().get("roles")).isInstanceOf(List.class);
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Cán bộ nhập liệu, Huyện Vĩnh Linh");
        assertThat(jwt.getAudience()).contains("thidua-api");
        assertThat(jwt.getIssuer().toString()).isEqualTo(base);
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(29 * 60))
                .isBefore(jwt.getIssuedAt().plusSeconds(31 * 60));
    }

    @Test
    void theServicesRefuseAnAccessTokenOfAnotherIssuer() {
        String token = Browser.json(passwordGrant("canbo.hoxa", PASSWORD)).path("access_token").asText();
        NimbusJwtDecoder elsewhere = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        elsewhere.setJwtValidator(SecurityPlatformAutoConfiguration.validator(
                new ThiDuaSecurityProperties("http://identity.example", null, null, null, null)));

        assertThatThrownBy(() -> elsewhere.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(servicesDecoder().decode(token).getClaimAsString("unit_id")).isEqualTo("W19363");
    }

    @Test
    void wrongPasswordOrUnknownUserGetsNoToken() {
        HttpResponse<String> wrong = passwordGrant("canbo.hoxa", "ThiDua@2025");
        HttpResponse<String> unknown = passwordGrant("nobody", PASSWORD);

        for (HttpResponse<String> response : List.of(wrong, unknown)) {
            assertThat(response.statusCode()).isIn(400, 401);
            assertThat(Browser.json(response).path("error").asText()).isEqualTo("invalid_grant");
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void passwordGrantIsForThePublicCliClientOnly() {
        HttpResponse<String> pages = browser.post("/oauth2/token", Map.of("grant_type", "password",
                        "username", "canbo.hoxa", "password", PASSWORD),
                "Authorization", basic("thidua-pages", "thidua-pages-secret"));
        HttpResponse<String> unknownClient = browser.post("/oauth2/token", Map.of("grant_type", "password",
                "client_id", "someone-else", "username", "canbo.hoxa", "password", PASSWORD));

        assertThat(pages.statusCode()).isEqualTo(400);
        assertThat(Browser.json(pages).path("error").asText()).isEqualTo("unauthorized_client");
        assertThat(unknownClient.statusCode()).isEqualTo(401);
        assertThat(unknownClient.body()).doesNotContain("access_token");
    }

    @Test
    void authorizationCodeWithPkceThroughTheLoginFormGivesAnIdTokenWithUnitAndRoles() {
        Browser.Pkce pkce = Browser.Pkce.fresh();

        HttpResponse<String> toLogin = browser.get(authorize(pkce, "state-1"));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(Browser.location(toLogin)).isEqualTo(base + "/login");

        HttpResponse<String> signedIn = browser.signIn("/login", "congnhan.donduong", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> toClient = browser.get(Browser.location(signedIn));
        String callback = Browser.location(toClient);
        assertThat(callback).startsWith(REDIRECT + "?");
        Map<String, String> answer = Browser.query(callback);
        assertThat(answer).containsEntry("state", "state-1").containsKey("code");

        JsonNode tokens = exchange(answer.get("code"), pkce.verifier());

        NimbusJwtDecoder keys = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        Jwt idToken = keys.decode(tokens.path("id_token").asText());
        assertThat(header(tokens.path("id_token").asText())).containsEntry("alg", "RS256");
        assertThat(idToken.getSubject()).isEqualTo("congnhan.donduong");
        assertThat(idToken.getClaimAsString("unit_id")).isEqualTo("D677");
        assertThat(idToken.getClaimAsStringList("roles")).containsExactly("RECOGNISING_AUTHORITY");
        assertThat(idToken.getClaimAsString("name")).isEqualTo("Cơ quan công nhận, Huyện Đơn Dương");
        assertThat(idToken.getClaimAsString("nonce")).isEqualTo("nonce-state-1");
        assertThat(idToken.getAudience()).contains("thidua-pages");
        assertThat(idToken.getIssuer().toString()).isEqualTo(base);

        Jwt accessToken = servicesDecoder().decode(tokens.path("access_token").asText());
        assertThat(accessToken.getSubject()).isEqualTo("congnhan.donduong");
        assertThat(accessToken.getClaimAsString("unit_id")).isEqualTo("D677");
        assertThat(tokens.path("refresh_token").asText()).isNotBlank();

        HttpResponse<String> userInfo = browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/userinfo"))
                .header("Authorization", "Bearer " + tokens.path("access_token").asText()).GET().build());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(Browser.json(userInfo).path("unit_id").asText()).isEqualTo("D677");
    }

    @Test
    void wrongPasswordOnTheLoginFormStaysOnTheLoginPage() {
        browser.get(authorize(Browser.Pkce.fresh(), "state-2"));

        HttpResponse<String> refused = browser.signIn("/login", "canbo.hoxa", "wrong");

        assertThat(Browser.location(refused)).isEqualTo(base + "/login?error");
        HttpResponse<String> page = browser.get("/login?error");
        assertThat(page.body()).contains("id=\"error\"", "Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void anAuthorizationRequestWithoutCodeChallengeIsRefused() {
        browser.get(authorize(Browser.Pkce.fresh(), "state-3"));
        browser.signIn("/login", "canbo.hoxa", PASSWORD);

        HttpResponse<String> refused = browser.get("/oauth2/authorize?" + Browser.form(Map.of(
                "response_type", "code", "client_id", "thidua-pages", "scope", "openid profile",
                "redirect_uri", REDIRECT, "state", "state-4")));

        String location = Browser.location(refused);
        Map<String, String> answer = Browser.query(location);
        assertThat(answer).containsEntry("error", "invalid_request").doesNotContainKey("code");
        assertThat(answer.get("error_description")).contains("code_challenge");
    }

    @Test
    void aCodeIsExchangedOnlyWithItsVerifier() {
        Browser.Pkce pkce = Browser.Pkce.fresh();
        browser.get(authorize(pkce, "state-5"));
        HttpResponse<String> signedIn = browser.signIn("/login", "canbo.hoxa", PASSWORD);
        String code = Browser.query(Browser.location(browser.get(Browser.location(signedIn)))).get("code");

        HttpResponse<String> refused = browser.post("/oauth2/token", Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", REDIRECT, "code_verifier", Browser.Pkce.fresh().verifier()),
                "Authorization", basic("thidua-pages", "thidua-pages-secret"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Browser.json(refused).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void logoutEndsTheSessionAndReturnsToTheService() {
        Browser.Pkce pkce = Browser.Pkce.fresh();
        browser.get(authorize(pkce, "state-6"));
        HttpResponse<String> signedIn = browser.signIn("/login", "xem.langson", PASSWORD);
        String code = Browser.query(Browser.location(browser.get(Browser.location(signedIn)))).get("code");
        String idToken = exchange(code, pkce.verifier()).path("id_token").asText();

        HttpResponse<String> loggedOut = browser.get("/connect/logout?" + Browser.form(Map.of(
                "id_token_hint", idToken, "post_logout_redirect_uri", "http://localhost:8081/", "state", "bye")));

        assertThat(Browser.location(loggedOut)).isEqualTo("http://localhost:8081/?state=bye");
        HttpResponse<String> again = browser.get(authorize(Browser.Pkce.fresh(), "state-7"));
        assertThat(Browser.location(again)).isEqualTo(base + "/login");
    }

    @Test
    void theLoginPageListsTheDemoUsersAndRunsNoInlineScript() {
        HttpResponse<String> page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"username\"", "id=\"password\"", "id=\"sign-in\"",
                "Đăng nhập", "Sign in", "canbo.hoxa", "bandantoc.langson", "quantri", "W19363");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("onclick=");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void keysAreRsaForSigning() {
        JsonNode keys = Browser.json(browser.getJson("/oauth2/jwks")).path("keys");

        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("no private part published").isFalse();
        assertThatThrownBy(() -> servicesDecoder().decode("not.a.jwt")).isInstanceOf(JwtException.class);
    }

    private String authorize(Browser.Pkce pkce, String state) {
        return "/oauth2/authorize?" + Browser.authorizationQuery(pkce, state, REDIRECT);
    }

    private JsonNode exchange(String code, String verifier) {
        HttpResponse<String> response = browser.post("/oauth2/token", Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier),
                "Authorization", basic("thidua-pages", "thidua-pages-secret"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Browser.json(response);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
