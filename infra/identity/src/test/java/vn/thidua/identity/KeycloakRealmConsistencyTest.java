package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thidua.platform.security.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo realm of docker-compose ({@code keycloak/thidua-realm-demo.json}) and this provider's profile
 * {@code demo} know the same users, passwords, units, roles and clients; Keycloak issues the claims the services
 * require ({@code unit_id}, top-level {@code roles}, audience {@code thidua-api}); the base realm
 * ({@code keycloak/thidua-realm.json}) is the demo realm without users and without the password grant.
 */
class KeycloakRealmConsistencyTest {

    static IdentityProperties identity;
    static JsonNode realm;
    static JsonNode baseRealm;
    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @BeforeAll
    static void load() throws IOException {
        var environment = new StandardEnvironment();
        for (String file : List.of("application-demo.yml", "application.yml"))
            new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        identity = Binder.get(environment).bind("thidua.identity", IdentityProperties.class).get();
        realm = new ObjectMapper().readTree(Files.readString(Path.of("keycloak/thidua-realm-demo.json")));
        baseRealm = new ObjectMapper().readTree(Files.readString(Path.of("keycloak/thidua-realm.json")));
    }

    static Map<String, JsonNode> realmUsers() {
        Map<String, JsonNode> users = new LinkedHashMap<>();
        realm.path("users").forEach(user -> users.put(user.path("username").asText(), user));
        return users;
    }

    static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients"))
            if (clientId.equals(client.path("clientId").asText())) return client;
        throw new AssertionError("no client " + clientId + " in the realm");
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void theRealmIsThidua() {
        assertThat(realm.path("realm").asText()).isEqualTo("thidua");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asLong())
                .isEqualTo(identity.accessTokenTimeToLive().toSeconds());
    }

    @Test
    void theSameUsersWithTheSameNamesUnitsAndRoles() {
        Map<String, JsonNode> keycloak = realmUsers();
        assertThat(identity.users()).hasSize(19);
        assertThat(keycloak.keySet()).containsExactlyInAnyOrderElementsOf(
                identity.users().stream().map(IdentityProperties.User::username).toList());

        for (IdentityProperties.User user : identity.users()) {
            JsonNode other = keycloak.get(user.username());
            assertThat(other.path("enabled").asBoolean()).as(user.username()).isTrue();
            assertThat(other.path("firstName").asText()).as(user.username()).isEqualTo(user.name());
            assertThat(texts(other.path("attributes").path("unit_id"))).as(user.username())
                    .containsExactly(user.unitId());
            assertThat(texts(other.path("realmRoles"))).as(user.username())
                    .containsExactlyInAnyOrderElementsOf(user.roles());
            assertThat(texts(other.path("requiredActions"))).as(user.username()).isEmpty();
        }
    }

    @Test
    void theSamePasswords() {
        Map<String, JsonNode> keycloak = realmUsers();
        for (IdentityProperties.User user : identity.users()) {
            JsonNode credentials = keycloak.get(user.username()).path("credentials");
            assertThat(credentials.size()).as(user.username()).isEqualTo(1);
            JsonNode password = credentials.get(0);
            assertThat(password.path("type").asText()).isEqualTo("password");
            assertThat(password.path("temporary").asBoolean()).as("no change forced at first sign-in").isFalse();
            assertThat(PASSWORDS.matches(password.path("value").asText(), user.password()))
                    .as("the password of " + user.username()).isTrue();
        }
        assertThat(PASSWORDS.matches("ThiDua@2026", identity.users().get(0).password())).isTrue();
    }

    @Test
    void theRealmRolesAreTheServicesRoles() {
        Set<String> known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        List<String> realmRoles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> realmRoles.add(role.path("name").asText()));

        assertThat(realmRoles).containsExactlyInAnyOrderElementsOf(known);
        identity.users().forEach(user -> assertThat(known).as(user.username()).containsAll(user.roles()));
    }

    @Test
    void theUnitAttributeIsDeclaredInTheUserProfile() throws IOException {
        // Keycloak 24+ keeps only the attributes its user profile declares (or lets through as unmanaged)
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        JsonNode profile = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").get(0)
                .asText());
        List<String> attributes = new ArrayList<>();
        profile.path("attributes").forEach(attribute -> {
            attributes.add(attribute.path("name").asText());
            assertThat(attribute.has("required")).as("no attribute required at sign-in: "
                    + attribute.path("name").asText()).isFalse();
        });
        assertThat(attributes).contains("username", "firstName", "unit_id");
    }

    @Test
    void thePagesClientIsConfidentialWithPkce() {
        JsonNode pages = client(AuthorizationServerConfiguration.PAGES_CLIENT);

        assertThat(pages.path("publicClient").asBoolean()).isFalse();
        assertThat(pages.path("secret").asText()).as("from the environment (.env), never committed")
                .isEqualTo("${THIDUA_PAGES_CLIENT_SECRET}");
        assertThat(pages.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(pages.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(pages.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(pages.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(pages.path("redirectUris")))
                .containsExactlyInAnyOrderElementsOf(identity.pagesRedirectUris());
        assertThat(pages.path("attributes").path("post.logout.redirect.uris").asText().split("##"))
                .containsExactlyInAnyOrderElementsOf(identity.pagesPostLogoutRedirectUris());
    }

    @Test
    void theCliClientIsPublicWithThePasswordGrant() {
        JsonNode cli = client(AuthorizationServerConfiguration.CLI_CLIENT);

        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(cli.has("secret")).isFalse();
    }

    @Test
    void bothClientsIssueUnitRolesAndAudience() {
        for (String clientId : List.of(AuthorizationServerConfiguration.PAGES_CLIENT,
                AuthorizationServerConfiguration.CLI_CLIENT)) {
            JsonNode client = client(clientId);
            Map<String, JsonNode> mappers = new LinkedHashMap<>();
            client.path("protocolMappers").forEach(mapper ->
                    mappers.put(mapper.path("protocolMapper").asText(), mapper.path("config")));

            JsonNode unit = mappers.get("oidc-usermodel-attribute-mapper");
            assertThat(unit).as(clientId + ": user attribute mapper").isNotNull();
            assertThat(unit.path("user.attribute").asText()).isEqualTo("unit_id");
            assertThat(unit.path("claim.name").asText()).isEqualTo("unit_id");
            assertThat(unit.path("access.token.claim").asText()).isEqualTo("true");
            assertThat(unit.path("id.token.claim").asText()).isEqualTo("true");

            JsonNode roles = mappers.get("oidc-usermodel-realm-role-mapper");
            assertThat(roles).as(clientId + ": realm role mapper").isNotNull();
            assertThat(roles.path("claim.name").asText()).as("top level, not realm_access.roles").isEqualTo("roles");
            assertThat(roles.path("multivalued").asText()).isEqualTo("true");
            assertThat(roles.path("access.token.claim").asText()).isEqualTo("true");
            assertThat(roles.path("id.token.claim").asText()).isEqualTo("true");

            JsonNode audience = mappers.get("oidc-audience-mapper");
            assertThat(audience).as(clientId + ": audience mapper").isNotNull();
            assertThat(audience.path("included.custom.audience").asText()).isEqualTo(IdentityClaims.AUDIENCE);
            assertThat(audience.path("access.token.claim").asText()).isEqualTo("true");

            // sub comes from the scope basic, name from profile
            assertThat(texts(client.path("defaultClientScopes"))).contains("basic", "profile");
        }
    }

    @Test
    void theBaseRealmHasNoUsersNoPasswordGrantAndNoCommittedSecret() {
        assertThat(baseRealm.path("users")).isEmpty();
        baseRealm.path("clients").forEach(client -> {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText())
                    .isFalse();
            if (client.has("secret")) assertThat(client.path("secret").asText()).startsWith("${").endsWith("}");
        });
    }

    @Test
    void theBaseRealmIsTheDemoRealmWithoutItsUsersAndItsCommandLineClient() {
        ObjectNode expected = realm.deepCopy();
        expected.putArray("users");
        ArrayNode clients = expected.putArray("clients");
        realm.path("clients").forEach(client -> {
            if (!AuthorizationServerConfiguration.CLI_CLIENT.equals(client.path("clientId").asText())) clients.add(client);
        });
        assertThat(baseRealm).isEqualTo(expected);
    }
}
