package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema is the published form of the record: they must describe the same fields. */
class SchemaMatchesRecordTest {

    static List<EventType> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void schemaResourceExistsWithIdentity(EventType type) {
        assertThat(Fixtures.exists(type.schemaResource())).as(type.schemaResource()).isTrue();
        JsonNode schema = Fixtures.json(type.schemaResource());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:thidua:event:" + type.name() + ":v" + type.version());
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(schema.path("type").asText()).isEqualTo("object");
        // Consumers must tolerate additions, so the schema must too.
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void propertiesAreExactlyTheRecordComponents(EventType type) {
        assertObjectMatchesRecord(Fixtures.json(type.schemaResource()), type.javaType(), type.name());
    }

    private static void assertObjectMatchesRecord(JsonNode schema, Class<?> record, String path) {
        RecordComponent[] components = record.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();

        assertThat(fieldNames(schema.path("properties"))).as(path + " properties").containsExactlyElementsOf(names);
        Set<String> required = strings(schema.path("required"));
        assertThat(names).as(path + " required ⊆ components").containsAll(required);

        for (RecordComponent c : components) {
            JsonNode prop = schema.path("properties").path(c.getName());
            String where = path + "." + c.getName();
            Set<String> types = typeSet(prop);
            // Optional exactly when nullable: a required property must never be null on the wire.
            assertThat(required.contains(c.getName())).as(where + " required iff not nullable")
                    .isEqualTo(!types.contains("null"));

            Class<?> t = c.getType();
            if (t == String.class) {
                assertThat(types).as(where).containsAnyOf("string").isSubsetOf("string", "null");
                if (!types.contains("null")) assertThat(prop.path("minLength").asInt()).as(where + " minLength").isEqualTo(1);
            } else if (t.isEnum()) {
                assertThat(types).as(where).contains("string").isSubsetOf("string", "null");
                List<String> constants = new ArrayList<>(Arrays.stream(t.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
                if (types.contains("null")) constants.add("null");
                assertThat(strings(prop.path("enum"))).as(where + " enum").containsExactlyInAnyOrderElementsOf(constants);
            } else if (t == LocalDate.class) {
                assertThat(types).as(where).contains("string").isSubsetOf("string", "null");
                assertThat(prop.path("format").asText()).as(where + " format").isEqualTo("date");
            } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
                assertThat(types).as(where).contains("integer").isSubsetOf("integer", "null");
                assertThat(t.isPrimitive()).as(where + " primitive iff required").isEqualTo(!types.contains("null"));
            } else if (t == boolean.class || t == Boolean.class) {
                assertThat(types).as(where).contains("boolean").isSubsetOf("boolean", "null");
                assertThat(t.isPrimitive()).as(where + " primitive iff required").isEqualTo(!types.contains("null"));
            } else if (t == List.class) {
                assertThat(types).as(where).contains("array").isSubsetOf("array", "null");
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                JsonNode items = prop.path("items");
                if (element == String.class) {
                    assertThat(typeSet(items)).as(where + "[]").containsExactly("string");
                } else {
                    assertThat(((Class<?>) element).isRecord()).as(where + "[] is a record").isTrue();
                    assertThat(typeSet(items)).as(where + "[]").containsExactly("object");
                    assertObjectMatchesRecord(items, (Class<?>) element, where + "[]");
                }
            } else if (t == Instant.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(prop.path("format").asText()).as(where + " format").isEqualTo("date-time");
            } else if (t.isRecord()) {
                assertThat(types).as(where).contains("object").isSubsetOf("object", "null");
                assertObjectMatchesRecord(prop, t, where);
            } else {
                throw new AssertionError(where + ": no schema mapping for " + t + " — extend this test deliberately");
            }
        }
    }

    static Set<String> typeSet(JsonNode prop) {
        JsonNode type = prop.path("type");
        return type.isArray() ? strings(type) : Set.of(type.asText());
    }

    static Set<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
