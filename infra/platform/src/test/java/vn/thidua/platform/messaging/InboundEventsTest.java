package vn.thidua.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundEventsTest {

    private static final String REGISTERED = "vn.thidua.ModelRegistered.v1";
    private static final String BODY = """
            {"modelId":"m-1","campaignId":"dvk-2025","unitId":"W19363","managingUnitId":"D464",
             "registrantKind":"COLLECTIVE","title":"Dân vận khéo","field":"%s",
             "actor":{"userId":"an","unitId":"W19363"},"occurredAt":"2025-03-14T08:30:00Z"%s}""";

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InboundEvents reader = new InboundEvents(json, meters);

    @Test
    void readsATrustedRecord() {
        InboundEvent event = reader.read(record(Topics.REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                REGISTERED, body("ECONOMY", ""))).orElseThrow();

        ModelRegistered payload = (ModelRegistered) event.payload();
        assertThat(payload.field()).isEqualTo(ModelField.ECONOMY);
        assertThat(payload.registrantKind()).isEqualTo(RegistrantKind.COLLECTIVE);
        assertThat(event.unknownValues()).isEmpty();
        assertThat(meters.getMeters()).isEmpty();
    }

    @Test
    void keepsAnUnknownEnumValueAsUnknownAndCountsIt() {
        InboundEvent event = reader.read(record(Topics.REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                REGISTERED, body("SPACE_EXPLORATION", ""))).orElseThrow();

        ModelRegistered payload = (ModelRegistered) event.payload();
        assertThat(payload.modelId()).isEqualTo("m-1");
        assertThat(payload.field()).isNull();
        assertThat(event.unknownValues()).isEqualTo(Map.of("/field", "SPACE_EXPLORATION"));
        assertThat(count(InboundEvents.TOLERATED, "unknown-value")).isEqualTo(1);
    }

    @Test
    void ignoresAnUnknownFieldAndCountsIt() {
        InboundEvent event = reader.read(record(Topics.REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                REGISTERED, body("ECONOMY", ",\"budget\":{\"vnd\":12},\"region\":\"north\""))).orElseThrow();

        assertThat(((ModelRegistered) event.payload()).title()).isEqualTo("Dân vận khéo");
        assertThat(count(InboundEvents.TOLERATED, "unknown-field")).isEqualTo(1);
        assertThat(event.unknownValues()).isEmpty();
    }

    @Test
    void skipsAndCountsAnUnknownType() {
        assertThat(reader.read(record(Topics.REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                "vn.thidua.ModelArchived.v1", "{}"))).isEmpty();
        assertThat(count(InboundEvents.TOLERATED, "unknown-type")).isEqualTo(1);
    }

    @Test
    void refusesATypeFromAnotherSource() {
        assertThatThrownBy(() -> reader.read(record(Topics.REGISTRATION, "/somebody/else", REGISTERED,
                body("ECONOMY", ""))))
                .isInstanceOf(UntrustedEvent.class)
                .hasMessageContaining("/somebody/else");
        assertThat(count(InboundEvents.REFUSED, "wrong-source")).isEqualTo(1);
    }

    @Test
    void refusesATypeOnAnotherTopicEvenFromItsSource() {
        assertThatThrownBy(() -> reader.read(record(Topics.AWARD, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
                REGISTERED, body("ECONOMY", ""))))
                .isInstanceOf(UntrustedEvent.class)
                .hasMessageContaining(Topics.AWARD);
        assertThat(count(InboundEvents.REFUSED, "wrong-topic")).isEqualTo(1);
    }

    @Test
    void refusesATypeWithoutSource() {
        assertThatThrownBy(() -> reader.read(record(Topics.REGISTRATION, null, REGISTERED, body("ECONOMY", ""))))
                .isInstanceOf(UntrustedEvent.class);
    }

    @Test
    void aMalformedBodyIsStillAnError() {
        assertThatThrownBy(() -> reader.read(record(Topics.REGISTRATION,
                CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE, REGISTERED, "{\"modelId\": [")))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(UntrustedEvent.class);
    }

    private double count(String name, String reason) {
        var counter = meters.find(name).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String body(String field, String extra) {
        return BODY.formatted(field, extra);
    }

    private static Message<byte[]> record(String topic, String source, String ceType, String body) {
        var builder = MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic)
                .setHeader(CloudEventsAttributes.ID, "e-1")
                .setHeader(CloudEventsAttributes.TYPE, ceType.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventsAttributes.SUBJECT, "m-1");
        if (source != null) builder.setHeader(CloudEventsAttributes.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        return builder.build();
    }
}
