package vn.thidua.reporting;

import vn.thidua.contracts.Topics;
import vn.thidua.reporting.adapter.in.kafka.ProjectionRebuild;
import vn.thidua.reporting.application.ProjectionGenerations;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The projection rebuilds itself from the topics: from an emptied database at start, or live into a fresh generation
 * that then replaces the active one; coverage (per unit, against targets) comes back the same. Own contexts, group
 * and database (the context of {@link ReportingServiceIT} may still be running in this JVM).
 */
@WithInfrastructure
class RebuildIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String database = "thidua_reporting_rebuild_" + suffix;

    private ConfigurableApplicationContext start() {
        return start(database, "reporting-rebuild-" + suffix);
    }

    /** A reporting service of its own: its own database and consumer group, on a random port. */
    static ConfigurableApplicationContext start(String database, String group) {
        return new SpringApplicationBuilder(ReportingServiceApplication.class).run(
                "--server.port=0",
                "--spring.data.mongodb.database=" + database,
                "--spring.cloud.stream.bindings.reportingEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.reportingEvents-in-0.consumer.max-attempts=2",
                "--spring.cloud.stream.bindings.reportingEvents-in-0.consumer.back-off-initial-interval=100",
                "--spring.cloud.stream.bindings.reportingEvents-in-0.consumer.back-off-max-interval=200");
    }

    /** A client of the running service, signed in as {@code user}. */
    private static TestRestTemplate http(ConfigurableApplicationContext context, TestUser user) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return Callers.as("http://localhost:" + port, user);
    }

    private static void awaitCoverage(ConfigurableApplicationContext context, String campaignId, String expectedJson)
            throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(expectedJson);
        TestRestTemplate http = http(context, CampaignScenario.VIEWER);
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(
                http.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, campaignId)).isEqualTo(expected));
    }

    private static void awaitTargetCoverage(ConfigurableApplicationContext context, TargetScenario scenario,
                                            String expectedJson) throws Exception {
        String campaignId = scenario.campaignId;
        JsonNode expected = CloudEventRecords.JSON.readTree(expectedJson);
        TestRestTemplate http = http(context, scenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(http.getForObject(
                "/api/campaigns/{id}/target-coverage", JsonNode.class, campaignId)).isEqualTo(expected));
    }

    private static double events(ConfigurableApplicationContext context, String outcome) {
        return context.getBean(MeterRegistry.class).find("thidua.reporting.events").tag("outcome", outcome)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Until the stored position of every non-empty partition is its last record (all read, all recorded). */
    private void awaitCaughtUp(Infrastructure infrastructure) {
        awaitCaughtUp(infrastructure, database);
    }

    /** As {@link #awaitCaughtUp(Infrastructure)} for the projection in {@code database}. */
    static void awaitCaughtUp(Infrastructure infrastructure, String database) {
        Map<TopicPartition, Long> ends;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.REGISTRATION, Topics.REVIEW, Topics.AWARD)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            ends = consumer.endOffsets(partitions);
        }
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoCollection<Document> positions = client.getDatabase(database).getCollection("positions");
            await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> ends.forEach((partition, end) -> {
                if (end == 0) return;
                Document position = positions.find(Filters.eq("_id", partition.topic() + "-" + partition.partition()))
                        .first();
                assertThat(position).as("position of %s", partition).isNotNull();
                assertThat(((Number) position.get("offset")).longValue()).as("position of %s", partition)
                        .isEqualTo(end - 1);
            }));
        }
    }

    private List<String> collections(String mongoUri) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            return client.getDatabase(database).listCollectionNames().into(new ArrayList<>());
        }
    }

    @Test
    void anEmptiedProjectionIsRebuiltFromTheTopics(Infrastructure infrastructure, CloudEventRecords records)
            throws Exception {
        String campaignId = "campaign-rebuild-" + suffix;
        String expected = CampaignScenario.produce(records, campaignId);
        // and a campaign with targets over an organisation tree, one "other" model confirmed, one withdrawn
        TargetScenario targets = new TargetScenario("rebuild-" + suffix);
        targets.produce(records);
        records.send(Events.confirmed(targets.m2Other));

        try (ConfigurableApplicationContext first = start()) {
            awaitCoverage(first, campaignId, expected);
            awaitTargetCoverage(first, targets, targets.expected(true));
        }

        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            client.getDatabase(database).drop();
        }
        assertThat(collections(infrastructure.mongoUri())).isEmpty();

        try (ConfigurableApplicationContext second = start()) {
            awaitCoverage(second, campaignId, expected);
            awaitTargetCoverage(second, targets, targets.expected(true));
            assertThat(collections(infrastructure.mongoUri())).contains("models", "campaigns", "units",
                    "model_history", "processed_events", "positions");
        }
    }

    @Test
    void aRestartResumesFromTheStoredPositionsAndCountsNothingTwice(Infrastructure infrastructure,
                                                                   CloudEventRecords records) throws Exception {
        String campaignId = "campaign-restart-" + suffix;
        String expected = CampaignScenario.produce(records, campaignId);
        RecordMetadata first = records.sent().get(0);
        try (ConfigurableApplicationContext running = start()) {
            awaitCoverage(running, campaignId, expected);
            awaitCaughtUp(infrastructure);
        }

        // while the service is down: one more model in unit B, and the stored position of one partition is
        // moved back to just before the campaign's first record (the group's committed offset stays at the end)
        records.send(CampaignScenario.registered(campaignId, 4, CampaignScenario.UNIT_B));
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoCollection<Document> positions = client.getDatabase(database).getCollection("positions");
            String key = first.topic() + "-" + first.partition();
            if (first.offset() == 0) {
                positions.deleteOne(Filters.eq("_id", key));
            } else {
                positions.updateOne(Filters.eq("_id", key), Updates.set("offset", first.offset() - 1));
            }
        }

        try (ConfigurableApplicationContext restarted = start()) {
            awaitCoverage(restarted, campaignId, expected
                    .replace("\"unitId\":\"unit-b\",\"registered\":1", "\"unitId\":\"unit-b\",\"registered\":2")
                    .replace("\"totals\":{\"registered\":3", "\"totals\":{\"registered\":4"));
            // it read on from the projection's own positions: only the new record is applied, and the records
            // re-read because of the moved-back position are recognised as processed and not counted again
            assertThat(events(restarted, "applied")).isEqualTo(1.0);
            await().atMost(ReportingServiceIT.PATIENCE)
                    .untilAsserted(() -> assertThat(events(restarted, "duplicate")).isGreaterThanOrEqualTo(1.0));
        }
    }

    @Test
    void aRebuildFillsAFreshGenerationAndSwitchesLiveWhileAnswersComeFromTheOldOne(Infrastructure infrastructure,
                                                                                 CloudEventRecords records)
            throws Exception {
        String campaignId = "campaign-switch-" + suffix;
        String expected = CampaignScenario.produce(records, campaignId);
        try (ConfigurableApplicationContext running = start();
             MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            awaitCoverage(running, campaignId, expected);
            ProjectionGenerations generations = running.getBean(ProjectionGenerations.class);
            assertThat(generations.active()).isEqualTo(database);
            // a mark in the old generation only: it answers until the switch, and is gone after it
            client.getDatabase(database).getCollection("models").insertOne(new Document("_id", "only-in-old")
                    .append("campaignId", campaignId).append("unitId", CampaignScenario.UNIT_B).append("registered", true));
            TestRestTemplate http = http(running, CampaignScenario.VIEWER);
            assertThat(http.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, campaignId)
                    .at("/totals/registered").asInt()).isEqualTo(4);

            List<Long> freshModelsBeforeSwitch = new ArrayList<>();
            List<Integer> answeredBeforeSwitch = new ArrayList<>();
            ProjectionRebuild rebuild = running.getBean(ProjectionRebuild.class);
            String fresh = rebuild.start(() -> {
                String name = rebuild.progress().generation();
                freshModelsBeforeSwitch.add(client.getDatabase(name).getCollection("models")
                        .countDocuments(Filters.eq("campaignId", campaignId)));
                answeredBeforeSwitch.add(http.getForObject("/api/campaigns/{id}/coverage", JsonNode.class,
                        campaignId).at("/totals/registered").asInt());
            }).get(2, java.util.concurrent.TimeUnit.MINUTES);

            // before the switch: the fresh generation held the rebuilt models, the answers still came from the old
            assertThat(freshModelsBeforeSwitch).containsExactly(3L);
            assertThat(answeredBeforeSwitch).containsExactly(4);
            // after it: answers from the fresh generation (no mark), the old one emptied, the choice kept
            assertThat(generations.active()).isEqualTo(fresh).isNotEqualTo(database);
            awaitCoverage(running, campaignId, expected);
            assertThat(client.getDatabase(database).listCollectionNames().into(new ArrayList<>()))
                    .containsExactly("projection_database");
            assertThat(rebuild.progress().percent()).isEqualTo(100);

            // the live binding reads on into the fresh generation, counting nothing twice
            records.send(CampaignScenario.registered(campaignId, 4, CampaignScenario.UNIT_B));
            awaitCoverage(running, campaignId, expected
                    .replace("\"unitId\":\"unit-b\",\"registered\":1", "\"unitId\":\"unit-b\",\"registered\":2")
                    .replace("\"totals\":{\"registered\":3", "\"totals\":{\"registered\":4"));
        }
        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(restarted.getBean(ProjectionGenerations.class).active()).isNotEqualTo(database);
        }
    }
}
