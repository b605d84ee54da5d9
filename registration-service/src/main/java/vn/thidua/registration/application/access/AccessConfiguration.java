package vn.thidua.registration.application.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.platform.security.AccessGuard;

/** Who may act on which unit: answered from the service's own organisation tree. */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    public TreeJurisdiction jurisdiction(MongoTemplate mongo) {
        return new TreeJurisdiction(mongo);
    }

    @Bean
    public AccessGuard accessGuard(TreeJurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
