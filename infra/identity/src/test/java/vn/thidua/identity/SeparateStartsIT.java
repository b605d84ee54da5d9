package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Settings that need a provider of their own: the key file across restarts; safe by default (no password grant, no
 * users, no user list, the loopback only) unless the profile {@code demo} of the local stack turns them on.
 */
class SeparateStartsIT {

    static final String DEMO = "--spring.profiles.active=demo";

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
        try (ConfigurableApplicationContext first = start(DEMO, "--thidua.identity.key-file=" + keyFile)) {
            firstKid = kid(base(first));
            HttpResponse<String> response = passwordGrant(base(first));
            assertThat(response.statusCode()).isEqualTo(200);
            token = Browser.json(response).path("access_token").asText();
        }
        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile)).contains("\"kid\":\"" + firstKid + "\"").contains("\"d\":");

        try (ConfigurableApplicationContext second = start(DEMO, "--thidua.identity.key-file=" + keyFile)) {
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
    void standaloneItRefusesThePasswordGrantAndListsNoUsers() {
        try (ConfigurableApplicationContext context = start()) {
            HttpResponse<String> refused = passwordGrant(base(context));
            assertThat(refused.statusCode()).isIn(400, 401);
            assertThat(refused.body()).doesNotContain("access_token");

            JsonNode discovery = Browser.json(new Browser(base(context)).getJson("/.well-known/openid-configuration"));
            assertThat(discovery.path("grant_types_supported").toString()).doesNotContain("\"password\"");

            String login = new Browser(base(context)).get("/login").body();
            assertThat(login).contains("id=\"sign-in\"").doesNotContain("canbo.hoxa").doesNotContain("quantri")
                    .doesNotContain("ThiDua@2026");
            assertThat(context.getBean(IdentityProperties.class).users()).isEmpty();
        }
    }

    @Test
    void theDemoProfileTurnsOnThePasswordGrantAndTheUserList() {
        try (ConfigurableApplicationContext context = start(DEMO)) {
            HttpResponse<String> granted = passwordGrant(base(context));
            assertThat(granted.statusCode()).isEqualTo(200);
            assertThat(Browser.json(granted).path("access_token").asText()).isNotBlank();
            assertThat(new Browser(base(context)).get("/login").body()).contains("canbo.hoxa").contains("ThiDua@2026");
        }
    }

    @Test
    void itListensOnTheLoopbackOnly() throws Exception {
        InetAddress other = nonLoopbackAddress();
        assumeTrue(other != null, "this machine has no other address to try");
        try (ConfigurableApplicationContext context = start()) {
            int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            assertThat(reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
            assertThat(reachable(other, port)).as("reachable on " + other).isFalse();
        }
        try (ConfigurableApplicationContext context = start("--server.address=0.0.0.0")) {
            int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            assertThat(reachable(other, port)).as("asked for all addresses").isTrue();
        }
    }

    static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) continue;
            for (InetAddress address : Collections.list(network.getInetAddresses()))
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) return address;
        }
        return null;
    }

    static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
