package vn.thidua.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Who the services trust ({@code thidua.security.*}): any OpenID Connect provider issuing {@code sub},
 * {@code unit_id} and {@code roles} — the issuer, the audience, the allowed algorithms (never {@code none} or
 * HMAC), the clock skew and the pages' client. The README's sign-in section lists the variables.
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
