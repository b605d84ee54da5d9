package vn.thidua.award.adapter.out.file;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.award.application.catalogue.CatalogueQueries;

/** Seeds an empty catalogue store from the file at start; a store that holds a catalogue is left as it is. */
@Configuration(proxyBeanMethods = false)
public class CatalogueSeeding {

    @Bean
    public ApplicationRunner seedAwardCatalogue(CatalogueQueries catalogues) {
        return arguments -> catalogues.current();
    }
}
