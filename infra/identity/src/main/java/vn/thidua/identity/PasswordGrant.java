package vn.thidua.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The resource owner password grant ({@code grant_type=password}) for the command-line client {@code thidua-cli}:
 * development only (scripts and smoke tests of the local stack get a token without a browser). Spring Authorization
 * Server 1.x does not offer it (OAuth 2.1 drops it), so it is added here: a converter and a provider on the token
 * endpoint, and the authentication of the public client for this grant (a public client otherwise authenticates only
 * with PKCE's code verifier). The access token is the same as the one of the authorization code flow.
 */
final class PasswordGrant {

    static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("password");

    private PasswordGrant() {
    }

    /** A token request of the password grant, before the user is authenticated. */
    static final class Request extends OAuth2AuthorizationGrantAuthenticationToken {
        private final String username;
        private final String password;
        private final Set<String> scopes;

        Request(Authentication client, String username, String password, Set<String> scopes,
                Map<String, Object> additionalParameters) {
            super(PASSWORD, client, additionalParameters);
            this.username = username;
            this.password = password;
            this.scopes = Set.copyOf(scopes);
        }

        String username() {
            return username;
        }

        String password() {
            return password;
        }

        Set<String> scopes() {
            return scopes;
        }

        @Override
        public Object getCredentials() {
            return "";
        }
    }

    /** {@code grant_type=password&username=...&password=...[&scope=...]} on the token endpoint. */
    static final class Converter implements AuthenticationConverter {
        @Override
        public Authentication convert(HttpServletRequest request) {
            if (!PASSWORD.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) return null;
            Authentication client = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            String username = single(request, OAuth2ParameterNames.USERNAME);
            String password = single(request, OAuth2ParameterNames.PASSWORD);
            String scope = request.getParameter(OAuth2ParameterNames.SCOPE);
            Set<String> scopes = StringUtils.hasText(scope)
                    ? new LinkedHashSet<>(Arrays.asList(StringUtils.delimitedListToStringArray(scope, " ")))
                    : Set.of();
            Map<String, Object> additional = new HashMap<>();
            request.getParameterMap().forEach((key, values) -> {
                if (!Set.of(OAuth2ParameterNames.GRANT_TYPE, OAuth2ParameterNames.CLIENT_ID,
                        OAuth2ParameterNames.USERNAME, OAuth2ParameterNames.PASSWORD, OAuth2ParameterNames.SCOPE)
                        .contains(key)) additional.put(key, values.length == 1 ? values[0] : values);
            });
            return new Request(client, username, password, scopes, additional);
        }

        private static String single(HttpServletRequest request, String name) {
            String[] values = request.getParameterValues(name);
            if (values == null || values.length != 1 || !StringUtils.hasText(values[0]))
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                        "OAuth 2.0 Parameter: " + name, null));
            return values[0];
        }
    }

    /** Authenticates the user, then issues an access token as for the authorization code flow. */
    static final class Provider implements AuthenticationProvider {
        private final AuthenticationProvider users;
        private final OAuth2AuthorizationService authorizations;
        private final OAuth2TokenGenerator<? extends OAuth2Token> tokens;

        Provider(AuthenticationProvider users, OAuth2AuthorizationService authorizations,
                 OAuth2TokenGenerator<? extends OAuth2Token> tokens) {
            this.users = users;
            this.authorizations = authorizations;
            this.tokens = tokens;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return Request.class.isAssignableFrom(authentication);
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            Request request = (Request) authentication;
            if (!(request.getPrincipal() instanceof OAuth2ClientAuthenticationToken client) || !client.isAuthenticated())
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
            RegisteredClient registered = client.getRegisteredClient();
            if (registered == null || !registered.getAuthorizationGrantTypes().contains(PASSWORD))
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);

            Set<String> scopes = request.scopes().isEmpty() ? registered.getScopes() : request.scopes();
            if (!registered.getScopes().containsAll(scopes))
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);

            Authentication user;
            try {
                user = users.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        request.username(), request.password()));
            } catch (AuthenticationException e) {
                // the same answer for an unknown user and a wrong password
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "Sai tên đăng nhập hoặc mật khẩu / Wrong username or password", null));
            }
            if (user == null || !user.isAuthenticated()) throw new BadCredentialsException("not authenticated");

            OAuth2Token generated = tokens.generate(DefaultOAuth2TokenContext.builder()
                    .registeredClient(registered)
                    .principal(user)
                    .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                    .authorizedScopes(scopes)
                    .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                    .authorizationGrantType(PASSWORD)
                    .authorizationGrant(request)
                    .build());
            if (generated == null)
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
                        "The token generator failed to generate the access token.", null));
            OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                    generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);

            OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(registered)
                    .principalName(user.getName())
                    .authorizationGrantType(PASSWORD)
                    .authorizedScopes(scopes)
                    .attribute(java.security.Principal.class.getName(), user);
            if (generated instanceof ClaimAccessor claims)
                authorization.token(accessToken, metadata -> metadata.put(
                        OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
            else
                authorization.accessToken(accessToken);
            authorizations.save(authorization.build());

            return new OAuth2AccessTokenAuthenticationToken(registered, client, accessToken);
        }
    }

    /**
     * The public client's authentication for this grant: {@code client_id} alone, accepted only for a registered
     * client whose authentication method is {@code none} and which may use the password grant.
     */
    static final class PublicClientConverter implements AuthenticationConverter {
        @Override
        public Authentication convert(HttpServletRequest request) {
            if (!PASSWORD.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) return null;
            if (request.getHeader("Authorization") != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) return null;
            String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            if (clientIds == null || clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) return null;
            return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
                    Map.of(OAuth2ParameterNames.GRANT_TYPE, PASSWORD.getValue()));
        }
    }

    static final class PublicClientProvider implements AuthenticationProvider {
        private final RegisteredClientRepository clients;

        PublicClientProvider(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            OAuth2ClientAuthenticationToken token = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(token.getClientAuthenticationMethod())
                    || !PASSWORD.getValue().equals(token.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE)))
                return null; // not ours: the other client authentication providers decide
            RegisteredClient registered = clients.findByClientId((String) token.getPrincipal());
            if (registered == null
                    || !registered.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                    || !registered.getAuthorizationGrantTypes().contains(PASSWORD))
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                        "Client authentication failed: " + OAuth2ParameterNames.CLIENT_ID, null));
            return new OAuth2ClientAuthenticationToken(registered, ClientAuthenticationMethod.NONE, null);
        }
    }
}
