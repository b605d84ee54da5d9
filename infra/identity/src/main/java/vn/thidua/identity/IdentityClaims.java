package vn.thidua.identity;

import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tokens say about a user: {@code sub} is the username; access and ID tokens carry {@code unit_id},
 * {@code roles} (a JSON array of role names) and {@code name}; access tokens are for the audience
 * {@code thidua-api} (the services) besides the client.
 */
final class IdentityClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String AUDIENCE = "thidua-api";
    static final String UNIT = "unit_id";
    static final String ROLES = "roles";

    private final UserDirectory users;

    IdentityClaims(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!access && !id) return;
        if (context.getPrincipal() == null) return;
        users.find(context.getPrincipal().getName()).ifPresent(user -> context.getClaims().claims(claims -> {
            claims.putAll(of(user));
            if (access) {
                List<String> audience = new ArrayList<>();
                audience.add(AUDIENCE);
                audience.add(context.getRegisteredClient().getClientId());
                claims.put("aud", audience);
            }
        }));
    }

    /** The claims of a user, as the user info endpoint answers them too. */
    static Map<String, Object> of(IdentityProperties.User user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.username());
        claims.put("preferred_username", user.username());
        claims.put("name", user.name() == null ? user.username() : user.name());
        claims.put(UNIT, user.unitId());
        claims.put(ROLES, List.copyOf(user.roles()));
        return claims;
    }

    /** The user info endpoint: the signed-in user's claims. */
    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        return users.find(username).map(user -> new OidcUserInfo(of(user)))
                .orElseGet(() -> OidcUserInfo.builder().subject(username).build());
    }
}
