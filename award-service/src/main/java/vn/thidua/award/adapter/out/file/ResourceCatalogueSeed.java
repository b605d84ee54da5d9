package vn.thidua.award.adapter.out.file;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.catalogue.CatalogueSeed;
import vn.thidua.award.domain.catalogue.AwardCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the starting catalogue from a YAML file ({@code thidua.award.catalogue-seed}; format in the README). */
@Component
public class ResourceCatalogueSeed implements CatalogueSeed {

    static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Resource file;

    public ResourceCatalogueSeed(@Value("${thidua.award.catalogue-seed:classpath:catalogue/award-catalogue.yml}")
                                 Resource file) {
        this.file = file;
    }

    @Override
    public AwardCatalogue read() {
        try (InputStream in = file.getInputStream()) {
            return YAML.readValue(in, AwardCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the award catalogue " + file, e);
        }
    }
}
