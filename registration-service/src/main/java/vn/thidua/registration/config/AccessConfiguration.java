package vn.thidua.registration.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.tree.TreeJurisdiction;
import vn.thidua.platform.tree.UnitAncestry;

/** Who may act on which unit: answered from the organisation tree this service owns (its {@code units} view). */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    public TreeJurisdiction jurisdiction(UnitAncestry ancestry) {
        return new TreeJurisdiction(ancestry);
    }

    @Bean
    public AccessGuard accessGuard(TreeJurisdiction jurisdiction) {
        return new AccessGuard(jurisdiction);
    }
}
