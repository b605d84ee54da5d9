package vn.thidua.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The development identity provider of the local stack (nhà cung cấp định danh cho môi trường phát triển): an
 * OpenID Connect provider on {@code http://localhost:9000} whose demo users each hold a unit and roles, issued in
 * the {@code unit_id} and {@code roles} claims the services require. Not for production: a province signs in with
 * its own provider (or Keycloak, see {@code keycloak/thidua-realm.json}).
 */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
