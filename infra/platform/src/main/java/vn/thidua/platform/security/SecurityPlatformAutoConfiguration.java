package vn.thidua.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sign-in and access for every service: {@code /api/**} is a stateless OAuth2 resource server (issuer keys, an
 * algorithm allow-list, issuer, audience, times, claims {@code sub}/{@code unit_id}/{@code roles}, else 401);
 * pages sign in with OpenID Connect (code + PKCE, session, CSRF, sign-out at the provider). Health and the OpenAPI
 * documents are open, the metrics need the scraper's credential ({@link MetricsAccessProperties}); anything the service's {@link AccessRules} does not name is refused. The caller
 * ({@link vn.thidua.platform.actor.CurrentCaller}) comes from the verified token only.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({ThiDuaSecurityProperties.class, MetricsAccessProperties.class})
public class SecurityPlatformAutoConfiguration {

    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**"};

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    public Refusals refusals(ObjectProvider<MeterRegistry> meters, ObjectMapper json) {
        return new Refusals(meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new), json);
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(ThiDuaSecurityProperties properties) {
        // built on first use: a service starts while its provider is still starting
        return new SupplierJwtDecoder(() -> decoder(properties));
    }

    /** The verifier of access tokens: the allow-listed algorithms and the validators named in the class comment. */
    public static JwtDecoder decoder(ThiDuaSecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri())
                .jwsAlgorithms(allowed -> {
                    allowed.clear();
                    properties.algorithms().stream().map(SignatureAlgorithm::from).forEach(algorithm -> {
                        if (algorithm == null) throw new IllegalArgumentException("unknown or not allowed algorithm");
                        allowed.add(algorithm);
                    });
                })
                .build();
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }

    public static OAuth2TokenValidator<Jwt> validator(ThiDuaSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())),
                present("sub"), present("exp"), present("iat"),
                present(ThiDuaSecurityProperties.UNIT_CLAIM), present(ThiDuaSecurityProperties.ROLES_CLAIM)));
    }

    private static OAuth2TokenValidator<Jwt> present(String claim) {
        return new JwtClaimValidator<Object>(claim, value -> value != null && !value.toString().isBlank());
    }

    private static JwtAuthenticationConverter jwtAuthentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> CallerFilter.roles(jwt.getClaims()).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    /** {@code /actuator/prometheus}: HTTP Basic of the scraper, stateless; open on the local stack only. */
    @Bean
    @Order(0)
    public SecurityFilterChain metricsSecurity(HttpSecurity http, MetricsAccessProperties metrics, Refusals refusals)
            throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        if (metrics.open()) {
            http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
            return http.build();
        }
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("thidua-metrics");
        http.httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                    refusals.record(request, HttpStatus.UNAUTHORIZED, "metrics");
                    challenge.commence(request, response, failure);
                }))
                .authenticationManager(scraper(metrics))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole(SCRAPER));
        return http.build();
    }

    static final String SCRAPER = "METRICS_SCRAPER";

    /** The one scraper of {@link MetricsAccessProperties}, or nobody while no password is set. */
    private static AuthenticationManager scraper(MetricsAccessProperties metrics) {
        if (metrics.password() == null) {
            return authentication -> {
                throw new BadCredentialsException("no scrape credential configured");
            };
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String stored = metrics.password().startsWith("{") ? metrics.password() : "{noop}" + metrics.password();
        UserDetails scraper = User.withUsername(metrics.username()).password(stored).roles(SCRAPER).build();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(scraper));
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules, Refusals refusals,
                                           JwtDecoder decoder) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtAuthentication()))
                        .authenticationEntryPoint(refusals.unauthenticated())
                        .accessDeniedHandler(refusals.denied()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(refusals.unauthenticated())
                        .accessDeniedHandler(refusals.denied()))
                .authorizeHttpRequests(authorize -> {
                    rules.orderedStream().forEach(table -> table.api(authorize));
                    authorize.anyRequest().denyAll();
                })
                .addFilterBefore(new CallerFilter(), ExceptionTranslationFilter.class);
        return http.build();
    }

    /** Services without pages: health, metrics and API documents open; anything else refused. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.thymeleaf.spring6.SpringTemplateEngine")
    static class WithoutPages {

        @Bean
        @Order(2)
        public SecurityFilterChain otherSecurity(HttpSecurity http, Refusals refusals) throws Exception {
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .exceptionHandling(errors -> errors
                            .authenticationEntryPoint(refusals.unauthenticated())
                            .accessDeniedHandler(refusals.denied()))
                    .authorizeHttpRequests(authorize -> authorize.requestMatchers(OPEN).permitAll()
                            .anyRequest().denyAll());
            return http.build();
        }
    }

    /** Services with pages: OpenID Connect sign-in with PKCE, a session, CSRF, strict security headers. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
    static class WithPages {

        @Bean
        @ConditionalOnMissingBean
        public ClientRegistrationRepository clientRegistrationRepository(ThiDuaSecurityProperties properties) {
            return new LazyClientRegistrationRepository(properties);
        }

        @Bean
        @Order(2)
        public SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules,
                                                Refusals refusals, ClientRegistrationRepository clients,
                                                ThiDuaSecurityProperties properties) throws Exception {
            var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            var signOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
            signOut.setPostLogoutRedirectUri("{baseUrl}/");
            http.oauth2Login(login -> login
                            .loginPage("/oauth2/authorization/" + LazyClientRegistrationRepository.REGISTRATION_ID)
                            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                            .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken())))
                    .logout(logout -> logout.logoutSuccessHandler(signOut))
                    .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                        refusals.record(request, HttpStatus.FORBIDDEN, "role");
                        response.sendError(HttpStatus.FORBIDDEN.value());
                    }))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                            .frameOptions(frame -> frame.deny())
                            .referrerPolicy(referrer -> referrer.policy(
                                    ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                    .authorizeHttpRequests(authorize -> {
                        authorize.requestMatchers(OPEN).permitAll();
                        rules.orderedStream().forEach(table -> table.pages(authorize));
                        authorize.anyRequest().denyAll();
                    })
                    .addFilterBefore(new CallerFilter(), ExceptionTranslationFilter.class);
            return http.build();
        }

        /** Pages load nothing from elsewhere, run no inline script, cannot be framed; forms post here or to the provider. */
        static String contentSecurityPolicy(ThiDuaSecurityProperties properties) {
            URI issuer = URI.create(properties.issuerUri());
            String provider = issuer.getScheme() + "://" + issuer.getAuthority();
            return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + provider;
        }

        /** The {@code roles} of the ID token become the session's authorities ({@code ROLE_...}). */
        static GrantedAuthoritiesMapper rolesFromIdToken() {
            return authorities -> {
                Set<GrantedAuthority> mapped = new HashSet<>(authorities);
                for (GrantedAuthority authority : authorities) {
                    if (authority instanceof OidcUserAuthority oidc) {
                        Collection<String> roles = CallerFilter.roles(oidc.getIdToken().getClaims());
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
                return mapped;
            };
        }
    }
}
