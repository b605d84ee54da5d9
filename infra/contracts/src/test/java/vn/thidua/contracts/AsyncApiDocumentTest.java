package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document must describe exactly what the catalog publishes. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "contracts/asyncapi.yaml";
    private static final String SNAPSHOT = "asyncapi.snapshot.yaml";

    private final JsonNode doc = yaml(Fixtures.text(DOCUMENT));

    @Test
    void isAnAsyncApi3DocumentWithTheLocalAndComposeKafkaServers() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Thi Đua events");
        assertThat(doc.path("info").path("description").asText())
                .contains("ce_id", "binary", "Key = aggregate id", "At-least-once", "retention", "additive",
                        "Ordering per aggregate", "enum", "six months", "Trust", "Dead-letter");
        assertThat(doc.path("servers").path("local").path("host").asText()).isEqualTo("localhost:9092");
        assertThat(doc.path("servers").path("compose").path("host").asText()).isEqualTo("kafka-1:9092");
        assertThat(doc.path("servers").path("compose").path("security").get(0).path("$ref").asText())
                .isEqualTo("#/components/securitySchemes/scram");
        assertThat(doc.path("components").path("securitySchemes").path("scram").path("type").asText())
                .isEqualTo("scramSha512");
        doc.path("servers").forEach(server -> assertThat(server.path("protocol").asText()).isEqualTo("kafka"));
    }

    @Test
    void hasAChannelForEveryTopicAndEveryDeadLetterTopic() {
        List<String> addresses = new ArrayList<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        List<String> expected = new ArrayList<>(Topics.ALL);
        ServiceBindings.all().forEach(s -> expected.add(s.deadLetterTopic()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
        doc.path("channels").forEach(c -> {
            assertThat(c.path("bindings").path("kafka").path("topic").asText()).isEqualTo(c.path("address").asText());
            // Topics are the system of record for other ministries: never expire events by age.
            if (Topics.ALL.contains(c.path("address").asText())) {
                assertThat(c.path("bindings").path("kafka").path("topicConfiguration").path("retention.ms").asLong())
                        .isEqualTo(-1);
            }
        });
    }

    @Test
    void everyServiceReceivesWhatItsBindingsReadAndSendsToItsDeadLetterTopic() {
        for (ServiceBindings service : ServiceBindings.all()) {
            for (String topic : service.topics()) {
                JsonNode receive = operation(service.name(), "receive", topic);
                List<String> received = new ArrayList<>();
                receive.path("messages").forEach(m -> received.add(m.path("$ref").asText()));
                String channelRef = receive.path("channel").path("$ref").asText();
                List<String> onTopic = new ArrayList<>();
                resolve(channelRef).path("messages").fieldNames()
                        .forEachRemaining(m -> onTopic.add(channelRef + "/messages/" + m));
                assertThat(received).as(service.name() + " reads " + topic).containsExactlyInAnyOrderElementsOf(onTopic);
            }
            operation(service.name(), "send", service.deadLetterTopic());
        }
        long receives = 0;
        for (JsonNode op : doc.path("operations")) if (op.path("action").asText().equals("receive")) receives++;
        assertThat(receives).isEqualTo(ServiceBindings.all().stream().mapToLong(s -> s.topics().size()).sum());
    }

    @Test
    void namesTheExceptionAnUntrustedRecordIsDeadLetteredWith() {
        assertThat(doc.path("components").path("schemas").path("DeadLetterHeaders").path("properties")
                .path("x-exception-fqcn").path("description").asText())
                .contains("vn.thidua.platform.messaging.UntrustedEvent");
    }

    @Test
    void describesEveryCatalogEntryOnItsTopicWithItsSchemaAndHeaders() {
        for (EventType type : EventCatalog.all()) {
            String key = type.name() + ".v" + type.version();
            JsonNode message = doc.path("components").path("messages").path(key);
            assertThat(message.isObject()).as("components.messages." + key).isTrue();

            JsonNode channel = channelFor(type.topic());
            assertThat(channel.path("messages").path(key).path("$ref").asText())
                    .isEqualTo("#/components/messages/" + key);

            JsonNode payload = message.path("payload");
            assertThat(payload.path("schemaFormat").asText()).startsWith("application/schema+json");
            String ref = payload.path("schema").path("$ref").asText();
            assertThat(ref).isEqualTo("./schemas/" + key + ".schema.json");
            String resolved = "contracts/" + ref.substring(2);
            assertThat(resolved).isEqualTo(type.schemaResource());
            assertThat(Fixtures.exists(resolved)).as(ref + " exists").isTrue();

            JsonNode specific = message.path("headers").path("allOf").get(1).path("properties");
            assertThat(specific.path("ce_type").path("const").asText()).isEqualTo(type.ceType());
            assertThat(specific.path("ce_source").path("const").asText()).isEqualTo(sourceOf(type.topic()));
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
            assertThat(message.path("bindings").path("kafka").path("key").path("description").asText())
                    .isEqualTo(type.javaType().getRecordComponents()[0].getName());
        }
        // every published event, and the dead-letter record
        assertThat(doc.path("components").path("messages").size()).isEqualTo(EventCatalog.all().size() + 1);
    }

    @Test
    void headersSchemaListsTheCloudEventsAttributes() {
        JsonNode headers = doc.path("components").path("schemas").path("CloudEventsHeaders");
        assertThat(SchemaMatchesRecordTest.fieldNames(headers.path("properties"))).containsExactlyInAnyOrder(
                CloudEventsAttributes.ID, CloudEventsAttributes.TYPE, CloudEventsAttributes.SOURCE,
                CloudEventsAttributes.SPECVERSION, CloudEventsAttributes.TIME, CloudEventsAttributes.SUBJECT,
                CloudEventsAttributes.CORRELATION_ID, CloudEventsAttributes.CONTENT_TYPE);
        assertThat(SchemaMatchesRecordTest.strings(headers.path("required")))
                .doesNotContain(CloudEventsAttributes.CORRELATION_ID).hasSize(7);
        assertThat(headers.path("properties").path("ce_specversion").path("const").asText())
                .isEqualTo(CloudEventsAttributes.SPECVERSION_VALUE);
        assertThat(headers.path("properties").path("content-type").path("const").asText())
                .isEqualTo(CloudEventsAttributes.CONTENT_TYPE_JSON);
        assertThat(SchemaMatchesRecordTest.strings(headers.path("properties").path("ce_source").path("enum")))
                .containsExactly(CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                        CloudEventsAttributes.SOURCE_REVIEW_SERVICE, CloudEventsAttributes.SOURCE_AWARD_SERVICE);
    }

    @Test
    void eachProducingServiceSendsExactlyItsTopicsMessages() {
        List<String> channelsSentTo = new ArrayList<>();
        doc.path("operations").forEach(op -> {
            String channelRef = op.path("channel").path("$ref").asText();
            if (!op.path("action").asText().equals("send") || !Topics.ALL.contains(resolve(channelRef).path("address").asText())) {
                return;
            }
            channelsSentTo.add(channelRef);
            JsonNode channel = resolve(channelRef);
            List<String> expected = new ArrayList<>();
            channel.path("messages").fieldNames().forEachRemaining(m -> expected.add(channelRef + "/messages/" + m));
            List<String> sent = new ArrayList<>();
            op.path("messages").forEach(m -> sent.add(m.path("$ref").asText()));
            assertThat(sent).as(channelRef).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(channelsSentTo).hasSameSizeAs(Topics.ALL).doesNotHaveDuplicates();
    }

    @Test
    void documentMatchesSnapshot() {
        String current = normalize(Fixtures.text(DOCUMENT));
        String snapshot = normalize(Fixtures.text(SNAPSHOT));
        assertThat(current)
                .as("""
                    src/main/resources/%s drifted from src/test/resources/%s (first difference at line %d).
                    If the change is intended and additive, review it and update the snapshot:
                      cp infra/contracts/src/main/resources/%s infra/contracts/src/test/resources/%s""",
                        DOCUMENT, SNAPSHOT, firstDifferentLine(current, snapshot), DOCUMENT, SNAPSHOT)
                .isEqualTo(snapshot);
    }

    /** The one operation of {@code service} with this action on the channel of {@code address}. */
    private JsonNode operation(String service, String action, String address) {
        List<JsonNode> found = new ArrayList<>();
        doc.path("operations").forEach(op -> {
            if (op.path("action").asText().equals(action) && op.path("summary").asText().startsWith(service + " ")
                    && resolve(op.path("channel").path("$ref").asText()).path("address").asText().equals(address)) {
                found.add(op);
            }
        });
        assertThat(found).as(service + " " + action + " " + address).hasSize(1);
        return found.get(0);
    }

    private JsonNode channelFor(String topic) {
        for (JsonNode c : doc.path("channels")) {
            if (c.path("address").asText().equals(topic)) return c;
        }
        throw new AssertionError("no channel for " + topic);
    }

    private JsonNode resolve(String localRef) {
        assertThat(localRef).startsWith("#/");
        JsonNode node = doc.at(localRef.substring(1));
        assertThat(node.isMissingNode()).as(localRef + " resolves").isFalse();
        return node;
    }

    private static String sourceOf(String topic) {
        return Map.of(Topics.REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                Topics.REVIEW, CloudEventsAttributes.SOURCE_REVIEW_SERVICE,
                Topics.AWARD, CloudEventsAttributes.SOURCE_AWARD_SERVICE).get(topic);
    }

    private static JsonNode yaml(String text) {
        try {
            return Fixtures.YAML.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("asyncapi.yaml is not valid YAML", e);
        }
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").stripTrailing();
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        int i = 0;
        while (i < Math.min(x.length, y.length) && x[i].equals(y[i])) i++;
        return i + 1;
    }
}
