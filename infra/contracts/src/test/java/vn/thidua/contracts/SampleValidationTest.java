package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded samples, the schemas and the records agree in both directions (JSON → record → JSON). */
class SampleValidationTest {

    /** Every file samples/<Name>.v<version>[.variant].json, paired with its catalog entry. */
    static Stream<Arguments> samples() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir("samples"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                    .map(file -> Arguments.of(file, typeOf(file))).toList().stream();
        }
    }

    private static EventType typeOf(String file) {
        return EventCatalog.all().stream()
                .filter(t -> file.startsWith(t.name() + ".v" + t.version() + "."))
                .findFirst().orElseThrow(() -> new AssertionError("sample " + file + " matches no catalog entry"));
    }

    @Test
    void everyCatalogEntryHasARecordedSample() {
        for (EventType type : EventCatalog.all()) {
            assertThat(Fixtures.exists("samples/" + type.name() + ".v" + type.version() + ".json")).as(type.name()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleValidatesDeserializesAndRoundTrips(String file, EventType type) throws Exception {
        JsonNode sample = Fixtures.json("samples/" + file);
        JsonSchema schema = Fixtures.schema(type);
        assertThat(schema.validate(sample)).as("sample vs schema").isEmpty();

        IntegrationEvent event = Fixtures.MAPPER.treeToValue(sample, type.javaType());
        assertThat(event).isInstanceOf(type.javaType()).hasNoNullFieldsOrPropertiesExcept(nullableComponents(type));
        assertThat(event.actor().userId()).isNotBlank();
        assertThat(event.occurredAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));

        // through bytes, as consumers see it (a long read back from text is an int node when it fits)
        JsonNode reserialized = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsBytes(event));
        assertThat(schema.validate(reserialized)).as("re-serialized record vs schema").isEmpty();
        // a sample recorded before an optional property existed comes back with that property as null
        ObjectNode withoutAddedNulls = ((ObjectNode) reserialized).deepCopy();
        reserialized.fieldNames().forEachRemaining(name -> {
            if (!sample.has(name) && reserialized.get(name).isNull()) withoutAddedNulls.remove(name);
        });
        assertThat(withoutAddedNulls).as("round trip is lossless").isEqualTo(sample);
        // subject() is carried as Kafka key / ce_subject, never duplicated into the payload.
        assertThat(reserialized.has("subject")).as("'subject' must not be serialized").isFalse();
        assertThat(SchemaMatchesRecordTest.fieldNames(reserialized))
                .containsExactlyElementsOf(Arrays.stream(type.javaType().getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void subjectIsTheAggregateId() {
        Actor actor = new Actor("nguyen.van.an", "xa-tan-hoa");
        Instant now = Instant.parse("2025-03-14T08:30:00Z");
        Map<IntegrationEvent, String> expected = Map.of(
                new ModelRegistered("m1", "c1", "u1", null, RegistrantKind.INDIVIDUAL, "t", ModelField.OTHER, actor, now), "m1",
                new ReviewOpened("r1", "m1", "c1", "u1", actor, now), "r1",
                new ModelRecognized("r1", "m1", "c1", "u1", "u2", actor, now), "r1",
                new AwardProposed("p1", "m1", "c1", "u1", AwardForm.CERTIFICATE_OF_COMMENDATION, null, actor, now), "p1",
                new AwardDecided("p1", "m1", "c1", "u1", AwardForm.CERTIFICATE_OF_COMMENDATION, AwardOutcome.REJECTED, null, actor, now), "p1");
        expected.forEach((event, id) -> {
            assertThat(event.subject()).as(event.getClass().getSimpleName()).isEqualTo(id);
            JsonNode json = Fixtures.MAPPER.valueToTree(event);
            assertThat(json.has("subject")).isFalse();
            assertThat(Fixtures.schema(EventCatalog.of(event.getClass())).validate(json)).isEmpty();
        });
    }

    @Test
    void brokenSampleIsRejected() {
        JsonNode broken = Fixtures.json("samples/broken/ModelRegistered.v1.json");

        Set<ValidationMessage> errors = Fixtures.schema(EventCatalog.of(ModelRegistered.class)).validate(broken);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("modelId"))
                .anySatisfy(m -> assertThat(m).contains("field").contains("enum"));
    }

    /** Proves the validator is really enforcing each rule, not vacuously accepting everything. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSingleViolationIsRejected(String file, EventType type) {
        ObjectNode sample = (ObjectNode) Fixtures.json("samples/" + file);
        JsonSchema schema = Fixtures.schema(type);
        JsonNode jsonSchema = Fixtures.json(type.schemaResource());

        for (JsonNode req : jsonSchema.path("required")) {
            ObjectNode missing = sample.deepCopy();
            missing.remove(req.asText());
            assertThat(schema.validate(missing)).as("missing " + req).isNotEmpty();
        }
        jsonSchema.path("properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("enum")) {
                assertThat(schema.validate(sample.deepCopy().put(p.getKey(), "NOT_A_VALUE"))).as("bad enum " + p.getKey()).isNotEmpty();
            }
            if (SchemaMatchesRecordTest.typeSet(p.getValue()).contains("string")) {
                assertThat(schema.validate(sample.deepCopy().put(p.getKey(), 42))).as("number for " + p.getKey()).isNotEmpty();
            }
        });
        String id = sample.fieldNames().next();
        assertThat(schema.validate(sample.deepCopy().put(id, ""))).as("empty " + id).isNotEmpty();
        assertThat(schema.validate(sample.deepCopy().put("occurredAt", "hôm qua"))).as("bad date-time").isNotEmpty();
        ObjectNode noUser = sample.deepCopy();
        ((ObjectNode) noUser.path("actor")).remove("userId");
        assertThat(schema.validate(noUser)).as("actor without userId").isNotEmpty();

        // ...while an additive change (a property this version does not know) is accepted.
        assertThat(schema.validate(sample.deepCopy().put("futureOptionalField", "x"))).isEmpty();
    }

    private static String[] nullableComponents(EventType type) {
        JsonNode props = Fixtures.json(type.schemaResource()).path("properties");
        List<String> nullable = SchemaMatchesRecordTest.fieldNames(props).stream()
                .filter(n -> SchemaMatchesRecordTest.typeSet(props.path(n)).contains("null")).toList();
        return nullable.toArray(String[]::new);
    }
}
