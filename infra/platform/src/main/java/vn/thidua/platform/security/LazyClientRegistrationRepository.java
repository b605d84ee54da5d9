package vn.thidua.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The pages' OpenID Connect client, configured from the provider's discovery document on first sign-in rather than
 * at start-up: a service starts (and serves its API) while the provider is still starting, and a failed look-up is
 * tried again on the next sign-in.
 */
public class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "thidua";

    private final ThiDuaSecurityProperties properties;
    private volatile ClientRegistration registration;

    public LazyClientRegistrationRepository(ThiDuaSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) return null;
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    var pages = properties.pages();
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                            .registrationId(REGISTRATION_ID)
                            .clientName("Thi Đua")
                            .clientId(pages.clientId())
                            .clientSecret(pages.clientSecret())
                            .scope(pages.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                }
                found = registration;
            }
        }
        return found;
    }
}
