package vn.thidua.registration.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.thidua.registration.application.dossier.DossierProperties;

/** Binds the dossier's limits ({@code thidua.dossier.*}). */
@Configuration
@EnableConfigurationProperties(DossierProperties.class)
class DossierConfiguration {
}
