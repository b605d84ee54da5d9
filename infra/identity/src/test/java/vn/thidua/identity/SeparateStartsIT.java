package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings that need a provider of their own: the key file across restarts, the password grant switched off. */
class SeparateStartsIT {

    static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new SpringApplicationBuilder(IdentityApplication.class).run(all);
    }

    static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    static String kid(String base) {
        JsonNode keys = Browser.json(new Browser(base).getJson("/oauth2/jwks")).path("keys");
        assertThat(keys.size()).isEqualTo(1);
        return keys.get(0).path("kid").asText();
    }

    static HttpResponse<String> passwordGrant(String base) {
        return new Browser(base).post("/oauth2/token", Map.of("grant_type", "password", "client_id", "thidua-cli",
                "username", "bandanvan.vinhlinh", "password", IdentityProviderIT.PASSWORD));
    }

    @Test
    void theKeyFileKeepsTheSigningKeyAcrossRestarts(@TempDir Path directory) throws Exception {
        Path keyFile = directory.resolve("keys/identity-keys.json");
        String firstKid;
        String token;
        try (ConfigurableApplicationContext first = start("--thidua.identity.key-file=" + keyFile)) {
            firstKid = kid(base(first));
            HttpResponse<String> response = passwordGrant(base(first));
            assertThat(response.statusCode()).isEqualTo(200);
            token = Browser.json(response).path("access_token").asText();
        }
        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile)).contains("\"kid\":\"" + firstKid + "\"").contains("\"d\":");

        try (ConfigurableApplicationContext second = start("--thidua.identity.key-file=" + keyFile)) {
            assertThat(kid(base(second))).isEqualTo(firstKid);
            // a token of before the restart still verifies against the keys published after it
            Jwt jwt = NimbusJwtDecoder.withJwkSetUri(base(second) + "/oauth2/jwks").build().decode(token);
            assertThat(jwt.getSubject()).isEqualTo("bandanvan.vinhlinh");
        }
    }

    @Test
    void withoutAKeyFileEachStartHasANewKey() {
        String firstKid;
        try (ConfigurableApplicationContext first = start()) {
            firstKid = kid(base(first));
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(kid(base(second))).isNotEqualTo(firstKid);
        }
    }

    @Test
    void thePasswordGrantCanBeSwitchedOffAndTheDemoUsersHidden() {
        try (ConfigurableApplicationContext context = start("--thidua.identity.password-grant-enabled=false",
                "--thidua.identity.show-demo-users=false")) {
            HttpResponse<String> refused = passwordGrant(base(context));
            assertThat(refused.statusCode()).isIn(400, 401);
            assertThat(refused.body()).doesNotContain("access_token");

            JsonNode discovery = Browser.json(new Browser(base(context)).getJson("/.well-known/openid-configuration"));
            assertThat(discovery.path("grant_types_supported").toString()).doesNotContain("\"password\"");

            String login = new Browser(base(context)).get("/login").body();
            assertThat(login).contains("id=\"sign-in\"").doesNotContain("canbo.hoxa").doesNotContain("ThiDua@2026");
        }
    }
}
