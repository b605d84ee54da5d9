package vn.thidua.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Who the services trust ({@code thidua.security.*}). Any OpenID Connect provider issuing the claims {@code sub},
 * {@code unit_id} and {@code roles} will do: the development one of the local stack ({@code infra/identity},
 * {@code http://localhost:9000}), Keycloak (docker-compose) or a province's own.
 *
 * @param issuerUri  the provider's issuer; its discovery document gives the key set and the endpoints
 * @param audience   a token must name this audience ({@code aud})
 * @param algorithms the signature algorithms accepted (an allow-list; never {@code none}, never HMAC)
 * @param clockSkew  tolerance on {@code exp}/{@code nbf}
 * @param pages      the OpenID Connect client the pages sign in with
 */
@ConfigurationProperties("thidua.security")
public record ThiDuaSecurityProperties(String issuerUri, String audience, List<String> algorithms,
                                       Duration clockSkew, Pages pages) {

    public static final String UNIT_CLAIM = "unit_id";
    public static final String ROLES_CLAIM = "roles";

    public ThiDuaSecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) issuerUri = "http://localhost:9000";
        if (audience == null || audience.isBlank()) audience = "thidua-api";
        if (algorithms == null || algorithms.isEmpty()) algorithms = List.of("RS256");
        if (clockSkew == null) clockSkew = Duration.ofSeconds(30);
        if (pages == null) pages = new Pages(null, null, null);
    }

    /**
     * @param clientId     the pages' client at the provider
     * @param clientSecret its secret (the development default only suits the local stack)
     * @param scopes       requested scopes
     */
    public record Pages(String clientId, String clientSecret, List<String> scopes) {
        public Pages {
            if (clientId == null || clientId.isBlank()) clientId = "thidua-pages";
            if (clientSecret == null) clientSecret = "thidua-pages-secret";
            if (scopes == null || scopes.isEmpty()) scopes = List.of("openid", "profile");
        }
    }
}
