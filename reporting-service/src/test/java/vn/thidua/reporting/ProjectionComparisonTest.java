package vn.thidua.reporting;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionComparisonTest {

    private static Document model(String id, boolean awarded, long version) {
        return new Document("_id", id).append("awarded", awarded).append("version", version)
                .append("plan", new Document("modelsPerUnitPerYear", 1));
    }

    @Test
    void equalGenerationsDifferOnlyInBatchingMetadata() {
        assertThat(ProjectionComparison.differences("models", Map.of("m1", model("m1", true, 3)),
                Map.of("m1", model("m1", true, 1)))).isEmpty();
    }

    @Test
    void listsEveryFieldThatDiffersAndEveryDocumentOnOneSideOnly() {
        Document nested = model("m1", true, 1);
        nested.get("plan", Document.class).put("modelsPerUnitPerYear", 2);
        assertThat(ProjectionComparison.differences("models",
                Map.of("m1", model("m1", true, 1), "m2", model("m2", false, 1)),
                Map.of("m1", nested.append("awarded", false), "m3", model("m3", false, 1))))
                .containsExactly(
                        "models/m1: awarded live=true rebuilt=false",
                        "models/m1: plan live=Document{{modelsPerUnitPerYear=1}} rebuilt=Document{{modelsPerUnitPerYear=2}}",
                        "models/m2: only live",
                        "models/m3: only rebuilt");
    }
}
