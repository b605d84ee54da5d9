package vn.thidua.award.application;

import java.util.Optional;

/** The titles of the models, as registration published them (port; MongoDB {@code model_titles}). */
public interface ModelTitles {

    /** Keeps the model's title (replacing an earlier one); a blank title is ignored. */
    void save(String modelId, String title);

    Optional<String> title(String modelId);
}
