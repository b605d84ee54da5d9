package vn.thidua.award.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.ModelTitles;

import java.util.Optional;

/** One document per model in {@code model_titles}: its id and its latest title. */
@Component
public class MongoModelTitles implements ModelTitles {

    private final MongoTemplate mongo;

    public MongoModelTitles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(String modelId, String title) {
        if (modelId == null || title == null || title.isBlank()) return;
        mongo.save(new TitleDocument(modelId, title.strip()));
    }

    @Override
    public Optional<String> title(String modelId) {
        return modelId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(modelId, TitleDocument.class)).map(TitleDocument::title);
    }

    @Document("model_titles")
    record TitleDocument(@Id String modelId, String title) {
    }
}
