package vn.thidua.award.adapter.out.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.catalogue.AwardCatalogueStore;
import vn.thidua.award.domain.catalogue.AwardCatalogue;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The catalogue as one document of {@code award_catalogue} holding its JSON: coefficients keep their exact decimal
 * form, whatever the store does with numbers.
 */
@Component
public class MongoAwardCatalogueStore implements AwardCatalogueStore {

    private static final String ID = "catalogue";

    private final MongoTemplate mongo;
    private final ObjectMapper json;

    public MongoAwardCatalogueStore(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public Optional<AwardCatalogue> load() {
        return Optional.ofNullable(mongo.findById(ID, CatalogueDocument.class)).map(d -> {
            try {
                return json.readValue(d.json(), AwardCatalogue.class);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void save(AwardCatalogue catalogue) {
        try {
            mongo.save(new CatalogueDocument(ID, json.writeValueAsString(catalogue)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Document("award_catalogue")
    record CatalogueDocument(@Id String id, String json) {
    }
}
