package vn.thidua.registration.application.dossier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DossierProperties.class)
class DossierConfiguration {
}
