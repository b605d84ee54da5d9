package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Published v1 schemas may only evolve additively relative to their frozen baselines. */
class SchemaCompatibilityTest {

    static List<EventType> types() {
        return EventCatalog.all();
    }

    private static String baselineOf(EventType type) {
        return "baseline/" + type.name() + ".v" + type.version() + ".schema.json";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void currentSchemaIsBackwardCompatibleWithBaseline(EventType type) {
        assertThat(Fixtures.exists(baselineOf(type)))
                .as("freeze a baseline for every published version: copy %s to src/test/resources/%s",
                        type.schemaResource(), baselineOf(type))
                .isTrue();

        List<String> breaking = SchemaCompatibility.breakingChanges(
                Fixtures.json(baselineOf(type)), Fixtures.json(type.schemaResource()));

        assertThat(breaking)
                .as("%s breaks v%d consumers. Additive changes only (new optional property, new enum value); "
                        + "otherwise publish a new version (%s.v%d) and keep v%d unchanged",
                        type.name(), type.version(), type.name(), type.version() + 1, type.version())
                .isEmpty();
    }

    @Test
    void everyBaselineIsStillPublished() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir("baseline"))) {
            List<String> baselines = files.map(p -> "baseline/" + p.getFileName()).toList();
            assertThat(EventCatalog.all()).extracting(SchemaCompatibilityTest::baselineOf)
                    .as("a published version was dropped from the catalog").containsAll(baselines);
        }
    }

    /** The guard itself, on synthetic schemas, so that it cannot silently pass everything. */
    @Nested
    class Guard {

        private final JsonNode baseline = Fixtures.json("baseline/ModelRegistered.v1.schema.json");

        private List<String> after(Consumer<ObjectNode> change) {
            ObjectNode current = baseline.deepCopy();
            change.accept(current);
            return SchemaCompatibility.breakingChanges(baseline, current);
        }

        private static ObjectNode props(ObjectNode schema) {
            return (ObjectNode) schema.path("properties");
        }

        @Test
        void identicalSchemaIsCompatible() {
            assertThat(after(s -> { })).isEmpty();
        }

        @Test
        void additiveChangesAreCompatible() {
            assertThat(after(s -> {
                props(s).putObject("wardCode").putArray("type").add("string").add("null");
                ((ArrayNode) props(s).path("field").path("enum")).add("ENVIRONMENT");
                props(s).withObjectProperty("title").put("description", "reworded: tên mô hình");
                props((ObjectNode) props(s).path("actor")).putObject("displayName").put("type", "string");
            })).isEmpty();
        }

        @Test
        void removedPropertyIsBreaking() {
            assertThat(after(s -> props(s).remove("managingUnitId")))
                    .containsExactly("$.managingUnitId: property removed");
        }

        @Test
        void removedNestedPropertyIsBreaking() {
            assertThat(after(s -> props((ObjectNode) props(s).path("actor")).remove("unitId")))
                    .containsExactly("$.actor.unitId: property removed");
        }

        @Test
        void changedTypeIsBreaking() {
            assertThat(after(s -> props(s).withObjectProperty("title").put("type", "integer")))
                    .singleElement().asString().startsWith("$.title: type changed");
            // Becoming nullable is breaking too: consumers relied on a value being present.
            assertThat(after(s -> props(s).withObjectProperty("modelId").putArray("type").add("string").add("null")))
                    .singleElement().asString().startsWith("$.modelId: type changed");
        }

        @Test
        void changedFormatIsBreaking() {
            assertThat(after(s -> props(s).withObjectProperty("occurredAt").put("format", "date")))
                    .singleElement().asString().startsWith("$.occurredAt: format changed");
        }

        @Test
        void shrunkEnumIsBreaking() {
            assertThat(after(s -> props(s).withObjectProperty("registrantKind").putArray("enum").add("COLLECTIVE")))
                    .containsExactly("$.registrantKind: enum values removed [INDIVIDUAL]");
        }

        @Test
        void newRequiredPropertyIsBreaking() {
            assertThat(after(s -> {
                props(s).putObject("wardCode").put("type", "string");
                ((ArrayNode) s.path("required")).add("wardCode");
            })).containsExactly("$.wardCode: became required");
            assertThat(after(s -> ((ArrayNode) s.path("required")).add("managingUnitId")))
                    .containsExactly("$.managingUnitId: became required");
        }

        @Test
        void changedConstraintIsBreaking() {
            assertThat(after(s -> props(s).withObjectProperty("title").put("minLength", 5)))
                    .containsExactly("$.title: minLength changed from 1 to 5");
        }

        @Test
        void arrayItemsAreComparedToo() {
            JsonNode criteria = Fixtures.json("baseline/CriteriaAssessed.v1.schema.json");
            ObjectNode added = criteria.deepCopy();
            ((ArrayNode) added.at("/properties/criteria/items/properties/criterion/enum")).add("YOUTH_VOLUNTEERING");
            assertThat(SchemaCompatibility.breakingChanges(criteria, added)).isEmpty();

            ObjectNode removed = criteria.deepCopy();
            ((ObjectNode) removed.at("/properties/criteria/items/properties")).remove("met");
            assertThat(SchemaCompatibility.breakingChanges(criteria, removed))
                    .containsExactly("$.criteria[].met: property removed");
        }

        @Test
        void closingTheSchemaOrChangingItsIdIsBreaking() {
            assertThat(after(s -> s.put("additionalProperties", false))).hasSize(1);
            assertThat(after(s -> s.put("$id", "urn:thidua:event:ModelRegistered:v2"))).hasSize(1);
        }
    }
}
