package vn.thidua.testsupport.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The publisher's side of the contract: every internal event of a service (a record carrying Axon's
 * {@code @Revision}) is built with every property set, mapped, and the output validated against its published
 * JSON Schema; an event that maps to nothing must be listed as internal with a reason, and every type the
 * catalogue puts on the service's topic must be produced by some internal event.
 */
public final class PublisherContract {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private PublisherContract() {
    }

    /** @return what breaks the contract, one line each; empty when the publisher keeps it */
    public static List<String> violations(String domainPackage, String topic,
                                          Function<Object, Optional<IntegrationEvent>> mapper,
                                          Map<Class<?>, String> internal) {
        List<String> problems = new ArrayList<>();
        Set<EventType> produced = new LinkedHashSet<>();
        for (Class<?> type : internalEvents(domainPackage)) {
            Optional<IntegrationEvent> published = mapper.apply(instance(type, type.getSimpleName()));
            String reason = internal.get(type);
            if (published.isEmpty()) {
                if (reason == null || reason.isBlank()) {
                    problems.add(type.getSimpleName() + " is published as nothing: list it as internal, with a reason");
                }
                continue;
            }
            if (reason != null) problems.add(type.getSimpleName() + " is listed as internal but is published");
            EventType eventType = EventCatalog.of(published.get().getClass());
            produced.add(eventType);
            if (!eventType.topic().equals(topic)) {
                problems.add(type.getSimpleName() + " is published as " + eventType.ceType() + ", which belongs on "
                        + eventType.topic());
            }
            JsonNode body = CloudEventRecords.JSON.valueToTree(published.get());
            schema(eventType).validate(body).forEach(message ->
                    problems.add(type.getSimpleName() + " → " + eventType.ceType() + ": " + message.getMessage()));
        }
        EventCatalog.all().stream().filter(t -> t.topic().equals(topic) && !produced.contains(t))
                .forEach(t -> problems.add(t.ceType() + " is catalogued on " + topic + " but no internal event maps to it"));
        return problems;
    }

    /** The records of the package (and below) that carry {@code @Revision}: the events the service stores. */
    static List<Class<?>> internalEvents(String domainPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(domainPackage).stream()
                .filter(c -> c.isAnnotatedWith("org.axonframework.serialization.Revision"))
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    /** A value for every component, recursively; names make strings tell where they came from. */
    static Object instance(Type type, String name) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) return name + "-1";
        if (raw == int.class || raw == Integer.class) return name.toLowerCase().endsWith("year") ? 2025 : 1;
        if (raw == long.class || raw == Long.class) return 1L;
        if (raw == double.class || raw == Double.class) return 1.0;
        if (raw == boolean.class || raw == Boolean.class) return true;
        if (raw == BigDecimal.class) return new BigDecimal("1500000");
        if (raw == Instant.class) return Instant.parse("2025-03-14T08:30:00Z");
        if (raw == LocalDate.class) return LocalDate.of(2025, 3, 14);
        if (raw.isEnum()) return raw.getEnumConstants()[0];
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Object one = instance(element, name);
            return Set.class.isAssignableFrom(raw) ? Set.of(one) : List.of(one);
        }
        if (Map.class.isAssignableFrom(raw)) return Map.of();
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = instance(components[i].getGenericType(), components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + raw.getName(), e);
            }
        }
        throw new IllegalArgumentException("No sample value for " + type + " (" + name + ")");
    }

    private static JsonSchema schema(EventType type) {
        try (InputStream in = PublisherContract.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) throw new IllegalStateException("No schema " + type.schemaResource());
            return SCHEMAS.getSchema(CloudEventRecords.JSON.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
