package vn.thidua.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's settings ({@code thidua.identity.*}: issuer, key file, password grant, demo users on the login
 * page, the pages' client, token life, users); each is described in this module's README.
 */
@ConfigurationProperties("thidua.identity")
public record IdentityProperties(String issuer, Path keyFile, Boolean passwordGrantEnabled, Boolean showDemoUsers,
                                 String demoPasswordHint, String pagesClientSecret, List<String> pagesRedirectUris,
                                 List<String> pagesPostLogoutRedirectUris, Duration accessTokenTimeToLive,
                                 List<User> users) {

    /** The services of the local stack: registration, review, award, reporting. */
    static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084);

    public IdentityProperties {
        if (issuer == null) issuer = "http://localhost:9000";
        if (passwordGrantEnabled == null) passwordGrantEnabled = false;
        if (showDemoUsers == null) showDemoUsers = false;
        if (demoPasswordHint == null) demoPasswordHint = "";
        if (pagesClientSecret == null || pagesClientSecret.isBlank()) pagesClientSecret = "thidua-pages-secret";
        if (pagesRedirectUris == null || pagesRedirectUris.isEmpty())
            pagesRedirectUris = onServices("/login/oauth2/code/thidua");
        if (pagesPostLogoutRedirectUris == null || pagesPostLogoutRedirectUris.isEmpty())
            pagesPostLogoutRedirectUris = onServices("/");
        if (accessTokenTimeToLive == null) accessTokenTimeToLive = Duration.ofMinutes(30);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** The issuer fixed by configuration, or null when it is taken from each request. */
    public String fixedIssuer() {
        return issuer.isBlank() ? null : issuer;
    }

    private static List<String> onServices(String path) {
        List<String> uris = new ArrayList<>();
        for (String host : List.of("localhost", "127.0.0.1"))
            for (int port : SERVICE_PORTS) uris.add("http://" + host + ":" + port + path);
        return List.copyOf(uris);
    }

    /**
     * A user (người dùng) and what the services need to know of them.
     *
     * @param username the sign-in name, issued as {@code sub}
     * @param password the password, encoded with its scheme prefix ({@code {bcrypt}...}, {@code {noop}...})
     * @param name     the display name ({@code name})
     * @param unitId   the unit the roles are held in ({@code unit_id})
     * @param roles    the role names ({@code roles})
     */
    public record User(String username, String password, String name, String unitId, List<String> roles) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
