package vn.thidua.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The OpenID Connect provider: discovery ({@code /.well-known/openid-configuration}), keys ({@code /oauth2/jwks}),
 * authorization ({@code /oauth2/authorize}, code with PKCE), tokens ({@code /oauth2/token}), user info
 * ({@code /userinfo}) and RP-initiated logout ({@code /connect/logout}); the login page signs users in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class AuthorizationServerConfiguration {

    /** The pages of the four services: authorization code with PKCE, a confidential client. */
    public static final String PAGES_CLIENT = "thidua-pages";
    /** Scripts and smoke tests: the password grant, a public client (development only). */
    public static final String CLI_CLIENT = "thidua-cli";

    static final String AUTHORIZATION_ENDPOINT = "/oauth2/authorize";

    /** The pages may load nothing from elsewhere and run no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    public SecurityFilterChain authorizationServerSecurity(HttpSecurity http, IdentityProperties properties,
                                                           RegisteredClientRepository clients,
                                                           OAuth2AuthorizationService authorizations,
                                                           OAuth2TokenGenerator<?> tokens, UserDirectory users,
                                                           PasswordEncoder passwords, IdentityClaims claims)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> {
                    as.oidc(oidc -> oidc
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo))
                            .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(
                                    metadata -> metadata.claims(values -> {
                                        values.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat",
                                                "name", "preferred_username", IdentityClaims.UNIT,
                                                IdentityClaims.ROLES));
                                        if (properties.passwordGrantEnabled()) {
                                            addTo(values, "grant_types_supported", PasswordGrant.PASSWORD.getValue());
                                            addTo(values, "token_endpoint_auth_methods_supported",
                                                    ClientAuthenticationMethod.NONE.getValue());
                                        }
                                    }))));
                    if (properties.passwordGrantEnabled()) {
                        DaoAuthenticationProvider userAuthentication = new DaoAuthenticationProvider(users);
                        userAuthentication.setPasswordEncoder(passwords);
                        as.clientAuthentication(client -> client
                                        .authenticationConverter(new PasswordGrant.PublicClientConverter())
                                        .authenticationProvider(new PasswordGrant.PublicClientProvider(clients)))
                                .tokenEndpoint(token -> token
                                        .accessTokenRequestConverter(new PasswordGrant.Converter())
                                        .authenticationProvider(new PasswordGrant.Provider(
                                                userAuthentication, authorizations, tokens)));
                    }
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // not signed in: the authorization endpoint (a browser) goes to the login page; any other endpoint
                // (a client without valid credentials, e.g. a password grant when it is off) answers 401
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> AUTHORIZATION_ENDPOINT.equals(request.getServletPath()))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** The login page and the rest: form sign-in, CSRF, strict headers. */
    @Bean
    @Order(2)
    public SecurityFilterChain loginSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @SuppressWarnings("unchecked")
    private static void addTo(java.util.Map<String, Object> metadata, String name, String value) {
        List<String> values = new ArrayList<>((List<String>) metadata.getOrDefault(name, List.of()));
        if (!values.contains(value)) values.add(value);
        metadata.put(name, values);
    }

    @Bean
    public UserDirectory userDirectory(IdentityProperties properties) {
        return new UserDirectory(properties.users());
    }

    /**
     * Passwords name their encoding: {@code {bcrypt}...} (the demo users), {@code {noop}...} (plain, for a quick
     * override), and the other schemes of Spring Security's delegating encoder.
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public IdentityClaims identityClaims(UserDirectory users) {
        return new IdentityClaims(users);
    }

    @Bean
    public RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
        List<RegisteredClient> clients = new ArrayList<>();
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .refreshTokenTimeToLive(Duration.ofHours(8))
                .reuseRefreshTokens(false)
                .build();
        String secret = properties.pagesClientSecret();
        clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(PAGES_CLIENT.getBytes()).toString())
                .clientId(PAGES_CLIENT)
                .clientName("Thi Đua")
                // a secret without an encoding prefix is plain text
                .clientSecret(secret.startsWith("{") ? secret : "{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(properties.pagesRedirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(properties.pagesPostLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build());
        if (properties.passwordGrantEnabled()) {
            clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(CLI_CLIENT.getBytes()).toString())
                    .clientId(CLI_CLIENT)
                    .clientName("Thi Đua CLI (development)")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(PasswordGrant.PASSWORD)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens)
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    public OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    public JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        JWKSet keys = SigningKeys.load(properties.keyFile());
        return new ImmutableJWKSet<>(keys);
    }

    /** For the user info endpoint (it reads the access token). */
    @Bean
    public JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    public OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> keys, IdentityClaims claims) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwt.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2AccessTokenGenerator(), new OAuth2RefreshTokenGenerator());
    }

    @Bean
    public AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        // no issuer: taken from each request (the tests, on a random port)
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.fixedIssuer() != null) settings.issuer(properties.fixedIssuer());
        return settings.build();
    }

    /** Sessions known by id, so that ID tokens carry {@code sid} and {@code /connect/logout} ends the right one. */
    @Bean
    public SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    public ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
