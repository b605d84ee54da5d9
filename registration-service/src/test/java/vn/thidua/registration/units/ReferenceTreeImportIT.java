package vn.thidua.registration.units;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.relay.EventRelay;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Vietnam's real trees through the whole pipeline (REST → commands → event store → the units view → Kafka):
 * the three-tier tree of 2025-03-01, then the reform of 2025-07-01. Slow by nature (about 25,000 commands and
 * 25,000 published events); prints its timings as a benchmark and asserts none of them.
 */
@RegistrationTest
class ReferenceTreeImportIT {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 2);
    private static final Duration LONG = Duration.ofMinutes(30);

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    /** Reference trees and the reform are configuration: the administrator's. */
    private TestRestTemplate admin;

    @org.junit.jupiter.api.BeforeEach
    void administrator() {
        admin = Callers.as(http, Callers.ADMINISTRATOR);
    }

    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventStore eventStore;
    @Autowired EventProcessingConfiguration processing;

    @BeforeAll
    static void subscribe(Infrastructure infrastructure) {
        records = new CloudEventRecords(infrastructure.kafkaBootstrapServers());
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
        records.close();
    }

    @Test
    void importsTheThreeTierTreeThenTheReformOf2025() {
        long eventsBefore = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        JsonNode first = timed("reference vn-units-2025-03-01", () -> admin.postForEntity(
                "/api/unit-imports/reference/vn-units-2025-03-01", null, JsonNode.class));
        assertThat(first.get("total").asInt()).isEqualTo(63 + 696 + 10_035);
        assertThat(first.get("rejected").asInt()).as(String.valueOf(first.get("rejections"))).isZero();
        assertThat(first.get("opened").asInt()).isEqualTo(63 + 696 + 10_035);
        assertThat(first.get("viewsCurrent").asBoolean()).isTrue();

        assertThat(count(code("\\d{2}").and("level").is("province"), BEFORE)).isEqualTo(63);
        assertThat(count(code("D\\d+").and("level").is("district"), BEFORE)).isEqualTo(696);
        assertThat(count(code("W\\d+").and("level").is("commune"), BEFORE)).isEqualTo(10_035);
        UnitView vinhThai = mongo.findById("W19369", UnitView.class);
        assertThat(vinhThai.ancestorIds()).containsExactly("45", "D464");
        assertThat(vinhThai.openedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(admin.getForObject("/api/units?q=vinh linh&on=2024-01-01", JsonNode.class).findValuesAsText("unitId"))
                .contains("D464");

        // the reform: 34 provinces and 3,321 new communes open on 2 July 2025, the districts and old communes closed
        JsonNode reform = timed("reform-2025", () -> admin.postForEntity("/api/unit-imports/reform-2025", null, JsonNode.class));
        assertThat(reform.get("rejected").asInt()).as(String.valueOf(reform.get("rejections"))).isZero();
        assertThat(reform.get("opened").asInt()).isEqualTo(3_321);
        assertThat(reform.get("renamed").asInt()).isEqualTo(7); // e.g. 44 Quảng Bình → Quảng Trị
        assertThat(reform.get("closed").asInt()).isEqualTo(696 + 10_035 + 29);
        assertThat(reform.get("unchanged").asInt()).isEqualTo(34 - 7);

        assertThat(count(code("\\d{2}").and("level").is("province"), AFTER)).isEqualTo(34);
        assertThat(count(code("C\\d+").and("level").is("commune"), AFTER)).isEqualTo(3_321);
        assertThat(count(code("C\\d+").and("openedOn").is(LocalDate.of(2025, 7, 1)), null)).isEqualTo(3_321);
        assertThat(count(code("D\\d+"), AFTER)).isZero();
        assertThat(count(code("W\\d+"), AFTER)).isZero();
        assertThat(count(code("D\\d+").and("closedOn").is(LocalDate.of(2025, 7, 1)), null)).isEqualTo(696);
        assertThat(count(code("W\\d+").and("successorId").regex("^C\\d+$"), null)).isEqualTo(3_316);
        assertThat(mongo.findById("W09700", UnitView.class).successorId()).isEqualTo("C09700");
        assertThat(mongo.findById("44", UnitView.class).name()).isEqualTo("Quảng Trị");
        assertThat(mongo.findById("45", UnitView.class).closedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        // history stays: the tree as it stood before the reform
        assertThat(count(code("\\d{2}").and("level").is("province"), BEFORE)).isEqualTo(63);
        assertThat(count(code("W\\d+"), BEFORE)).isEqualTo(10_035);

        List<UnitView> all = mongo.find(Query.query(Criteria.where("_id").regex("^(\\d{2}|[DWC]\\d+)$")), UnitView.class);
        assertThat(all).hasSize(63 + 696 + 10_035 + 3_321);
        assertThat(all).filteredOn(u -> !Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)
                || !Normalizer.isNormalized(u.fullName(), Normalizer.Form.NFC)).as("names stored decomposed").isEmpty();
        assertThat(mongo.findById("C03194", UnitView.class).name()).isEqualTo(Normalizer.normalize(
                mongo.findById("C03194", UnitView.class).name(), Normalizer.Form.NFC));

        // importing the reform again changes nothing
        JsonNode again = timed("reform-2025 again", () -> admin.postForEntity("/api/unit-imports/reform-2025", null, JsonNode.class));
        assertThat(again.get("unchanged").asInt()).isEqualTo(34 + 3_321);
        assertThat(again.get("applied").asInt()).isZero();

        // and every change reaches Kafka
        long stored = jdbc.queryForObject("select count(*) from domainevententry", Long.class) - eventsBefore;
        long relayStart = System.nanoTime();
        long head = eventStore.createHeadToken().position().orElse(0);
        StreamingEventProcessor relay = processing.eventProcessor(EventRelay.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).until(() -> relay.processingStatus().values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
        System.out.printf("[benchmark] relay: caught up with %,d stored unit events %.1f s after the last import finished%n",
                stored, (System.nanoTime() - relayStart) / 1e9);
        var closed = await().atMost(Duration.ofMinutes(2)).until(() -> topic.find(r -> "W09700".equals(CloudEventRecords.key(r))
                && "vn.thidua.UnitClosed.v1".equals(CloudEventRecords.header(r, "ce_type"))).orElse(null), r -> r != null);
        assertThat(new String(closed.value(), StandardCharsets.UTF_8)).contains("\"successorId\":\"C09700\"")
                .contains("\"closedOn\":\"2025-07-01\"");
    }

    private static Criteria code(String pattern) {
        return Criteria.where("_id").regex("^" + pattern + "$");
    }

    private long count(Criteria criteria, LocalDate openOn) {
        Predicate<UnitView> open = u -> openOn == null || u.openOn(openOn);
        return mongo.find(Query.query(criteria), UnitView.class).stream().filter(open).count();
    }

    private JsonNode timed(String what, java.util.concurrent.Callable<ResponseEntity<JsonNode>> submit) {
        long started = System.nanoTime();
        ResponseEntity<JsonNode> accepted;
        try {
            accepted = submit.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();
        JsonNode job = await().atMost(LONG).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.getForObject(location, JsonNode.class), j -> j.get("status").asText().matches("DONE|FAILED"));
        double seconds = (System.nanoTime() - started) / 1e9;
        int commands = job.get("opened").asInt() + job.get("renamed").asInt() + job.get("moved").asInt()
                + job.get("reclassified").asInt() + job.get("closed").asInt();
        long applying = job.get("applyingMillis").asLong();
        System.out.printf("[benchmark] %s: %,d rows, %,d commands; checking %,d ms, applying %,d ms (%.0f commands/s), "
                        + "projecting %,d ms after the last command; submitted → done %.1f s%n",
                what, job.get("total").asInt(), commands, job.get("planningMillis").asLong(), applying,
                applying == 0 ? 0.0 : commands * 1000.0 / applying, job.get("projectingMillis").asLong(), seconds);
        assertThat(job.get("status").asText()).as(String.valueOf(job.get("failure"))).isEqualTo("DONE");
        return job;
    }
}
