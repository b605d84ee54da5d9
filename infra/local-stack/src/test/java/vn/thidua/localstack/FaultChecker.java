package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.embedded.InfrastructureServers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/**
 * After a fault: every acknowledged registration's events are in the event stores (JDBC), on the topics and in
 * reporting's projection; no event applied twice; each aggregate's sequence only rises (stores and topics); the
 * projection's counts equal a recount from the event stores; the dead-letter topics are empty. Reads the
 * infrastructure directly, never through the services. Chains: ModelRegistered → review case opened → reporting;
 * AwardProposed → reporting's award proposals (awards by form and round).
 */
final class FaultChecker {

    static final String REGISTRATION_TOPIC = "thidua.registration";
    static final String REVIEW_TOPIC = "thidua.review";
    static final String AWARD_TOPIC = "thidua.award";
    private static final String PROPOSED = "AwardProposedEvent";
    private static final String REGISTERED = "ModelRegisteredEvent";
    private static final String CASE_OPENED = "ReviewCaseOpenedEvent";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InfrastructureServers infrastructure;

    FaultChecker(InfrastructureServers infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** One row of the table; {@code problems} names every failed check (empty when all hold). */
    record Result(String fault, int acknowledged, int lost, int doubled, int redelivered, List<String> problems) {

        /** With how many were acknowledged before, while and after the fault struck, and the row's seconds. */
        String row(int before, int during, int after, long seconds) {
            return "| %s | %d | %d / %d / %d | %d | %d | %d | %d |".formatted(fault, acknowledged, before, during,
                    after, lost, doubled, redelivered, seconds);
        }
    }

    static String header() {
        return "| fault | commands acknowledged | before / during / after the fault | lost | doubled "
                + "| redelivered on a topic (applied once) | row s |\n|---|---|---|---|---|---|---|";
    }

    /**
     * Waits (up to {@code eventually}) until every acknowledged model went the whole way and the counts agree,
     * then checks once more and reports; never throws for a failed check (the caller asserts on the result).
     */
    Result check(String fault, Collection<String> campaigns, Set<String> acknowledged, Duration eventually)
            throws Exception {
        return settle(fault, acknowledged, eventually, () -> snapshot(campaigns, acknowledged));
    }

    /**
     * The same for award proposals ({@code acknowledged}: proposal ids) in these rounds: each in award's event
     * store, on {@value #AWARD_TOPIC} and in reporting's award proposals (its awards by form and by round), once.
     */
    Result checkAwards(String fault, Collection<String> rounds, Set<String> acknowledged, Duration eventually)
            throws Exception {
        return settle(fault, acknowledged, eventually, () -> awardSnapshot(rounds, acknowledged));
    }

    private Result settle(String fault, Set<String> acknowledged, Duration eventually,
                          java.util.concurrent.Callable<Snapshot> look) throws Exception {
        try {
            await().atMost(eventually).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> look.call().problems().isEmpty());
        } catch (ConditionTimeoutException e) {
            // reported below, check by check
        }
        return look.call().result(fault, acknowledged.size());
    }

    // ---------------------------------------------------------------- one look at everything

    private record Stored(String aggregate, long sequence, String eventId, String type, JsonNode payload) {
    }

    private record Seen(String topic, int partition, long offset) {
    }

    private final class Snapshot {
        final List<String> problems = new ArrayList<>();
        final Set<String> lost = new HashSet<>();
        final Set<String> doubled = new HashSet<>();
        int redelivered;

        List<String> problems() {
            List<String> all = new ArrayList<>(problems);
            if (!lost.isEmpty()) all.add(lost.size() + " acknowledged model(s) lost");
            if (!doubled.isEmpty()) all.add(doubled.size() + " model(s) doubled");
            return all;
        }

        Result result(String fault, int acknowledged) {
            return new Result(fault, acknowledged, lost.size(), doubled.size(), redelivered, problems());
        }

        void problem(String text) {
            if (problems.size() < 20) problems.add(text);
        }
    }

    private Snapshot snapshot(Collection<String> campaigns, Set<String> acknowledged) throws Exception {
        Snapshot s = new Snapshot();
        // event stores: the models of these campaigns and their review cases, with every event of those aggregates
        List<Stored> registered = storedOfType("registration", REGISTERED, "campaignId", campaigns);
        List<Stored> opened = storedOfType("review", CASE_OPENED, "campaignId", campaigns);
        Map<String, List<Stored>> registeredByModel = byField(registered, "modelId");
        Map<String, List<Stored>> openedByModel = byField(opened, "modelId");
        Map<String, Stored> storedById = new HashMap<>();
        checkSequences(s, "registration", registered.stream().map(Stored::aggregate).toList(), storedById);
        checkSequences(s, "review", opened.stream().map(Stored::aggregate).toList(), storedById);

        // topics: every record's CloudEvents id, in offset order per partition
        Map<String, List<Seen>> onTopics = published(s, storedById, List.of(REGISTRATION_TOPIC, REVIEW_TOPIC), true);

        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoDatabase reporting = client.getDatabase("thidua_reporting");
            Map<String, Document> models = new HashMap<>();
            reporting.getCollection("models").find(Filters.in("campaignId", campaigns))
                    .forEach(d -> models.put(d.getString("_id"), d));
            Set<String> expectedIds = new HashSet<>();
            registered.forEach(e -> expectedIds.add(e.eventId()));
            opened.forEach(e -> expectedIds.add(e.eventId()));
            Set<String> processed = new HashSet<>();
            reporting.getCollection("processed_events").find(Filters.in("_id", expectedIds))
                    .forEach(d -> processed.add(d.getString("_id")));
            Map<String, Map<String, Integer>> actions = new HashMap<>();
            reporting.getCollection("model_history").find(Filters.in("modelId", registeredByModel.keySet()))
                    .forEach(d -> actions.computeIfAbsent(d.getString("modelId"), k -> new HashMap<>())
                            .merge(d.getString("action"), 1, Integer::sum));

            for (String model : acknowledged) {
                List<Stored> its = registeredByModel.getOrDefault(model, List.of());
                List<Stored> cases = openedByModel.getOrDefault(model, List.of());
                Document view = models.get(model);
                String missing = its.isEmpty() ? "not in registration's event store"
                        : !onTopics.containsKey(its.get(0).eventId()) ? "ModelRegistered not on " + REGISTRATION_TOPIC
                        : cases.isEmpty() ? "no review case in review's event store"
                        : !onTopics.containsKey(cases.get(0).eventId()) ? "case opened not on " + REVIEW_TOPIC
                        : view == null || !Boolean.TRUE.equals(view.getBoolean("registered"))
                                ? "not registered in reporting's projection"
                        : !Boolean.TRUE.equals(view.getBoolean("reviewOpened")) ? "review not opened in reporting"
                        : !processed.contains(its.get(0).eventId()) || !processed.contains(cases.get(0).eventId())
                                ? "event ids not among reporting's processed events"
                        : null;
                if (missing != null) {
                    s.lost.add(model);
                    s.problem("model " + model + ": " + missing);
                }
                Map<String, Integer> history = actions.getOrDefault(model, Map.of());
                if (its.size() > 1 || cases.size() > 1 || history.values().stream().anyMatch(n -> n > 1)) {
                    s.doubled.add(model);
                    s.problem("model " + model + " applied twice: " + its.size() + " registered, " + cases.size()
                            + " cases, history " + history);
                }
            }

            // the projection's counts against a recount from the event stores, per campaign and unit
            Map<String, Integer> storeRegistered = countByUnit(registered);
            Map<String, Integer> storeOpened = countByUnit(opened);
            Map<String, Integer> viewRegistered = new TreeMap<>();
            Map<String, Integer> viewOpened = new TreeMap<>();
            for (Document view : models.values()) {
                String key = view.getString("campaignId") + "/" + view.getString("unitId");
                if (Boolean.TRUE.equals(view.getBoolean("registered"))) viewRegistered.merge(key, 1, Integer::sum);
                if (Boolean.TRUE.equals(view.getBoolean("reviewOpened"))) viewOpened.merge(key, 1, Integer::sum);
            }
            if (!storeRegistered.equals(viewRegistered)) {
                s.problem("registered per unit: projection " + viewRegistered + " ≠ event store " + storeRegistered);
            }
            if (!storeOpened.equals(viewOpened)) {
                s.problem("review opened per unit: projection " + viewOpened + " ≠ event store " + storeOpened);
            }
            if (!storeRegistered.equals(storeOpened)) {
                s.problem("review cases per unit " + storeOpened + " ≠ registrations " + storeRegistered);
            }
        }
        long deadLetters = deadLetters();
        if (deadLetters > 0) s.problem(deadLetters + " record(s) in dead-letter topics");
        return s;
    }

    private Snapshot awardSnapshot(Collection<String> rounds, Set<String> acknowledged) throws Exception {
        Snapshot s = new Snapshot();
        List<Stored> proposed = storedOfType("award", PROPOSED, "roundId", rounds);
        Map<String, List<Stored>> byProposal = byField(proposed, "proposalId");
        Map<String, Stored> storedById = new HashMap<>();
        checkSequences(s, "award", rounds, storedById);
        Map<String, List<Seen>> onTopics = published(s, storedById, List.of(AWARD_TOPIC), false);

        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoDatabase reporting = client.getDatabase("thidua_reporting");
            Map<String, Document> views = new HashMap<>();
            reporting.getCollection("award_proposals").find(Filters.in("proposedRoundId", rounds))
                    .forEach(d -> views.put(d.getString("_id"), d));
            Set<String> roundViews = new HashSet<>();
            reporting.getCollection("award_rounds").find(Filters.in("_id", rounds))
                    .forEach(d -> roundViews.add(d.getString("_id")));
            Set<String> processed = new HashSet<>();
            reporting.getCollection("processed_events").find(Filters.in("_id",
                            proposed.stream().map(Stored::eventId).toList()))
                    .forEach(d -> processed.add(d.getString("_id")));

            for (String proposal : acknowledged) {
                List<Stored> its = byProposal.getOrDefault(proposal, List.of());
                Document view = views.get(proposal);
                String missing = its.isEmpty() ? "not in award's event store"
                        : !onTopics.containsKey(its.get(0).eventId()) ? "AwardProposed not on " + AWARD_TOPIC
                        : view == null ? "not among reporting's award proposals"
                        : !Objects.equals(view.getString("formCode"), its.get(0).payload().path("formCode").asText())
                                ? "reporting has another form: " + view.getString("formCode")
                        : !processed.contains(its.get(0).eventId()) ? "event id not among reporting's processed events"
                        : null;
                if (missing != null) {
                    s.lost.add(proposal);
                    s.problem("proposal " + proposal + ": " + missing);
                }
                if (its.size() > 1) {
                    s.doubled.add(proposal);
                    s.problem("proposal " + proposal + " stored " + its.size() + " times");
                }
            }
            // a nominee proposed twice for one form in one round (a command applied twice under a new id)
            Map<String, List<Stored>> byNominee = new HashMap<>();
            proposed.forEach(e -> byNominee.computeIfAbsent(e.payload().path("roundId").asText() + "/"
                    + e.payload().path("unitId").asText() + "/" + e.payload().path("nomineeName").asText() + "/"
                    + e.payload().path("formCode").asText(), k -> new ArrayList<>()).add(e));
            byNominee.forEach((nominee, events) -> {
                if (events.size() > 1) {
                    events.forEach(e -> s.doubled.add(e.payload().path("proposalId").asText()));
                    s.problem("nominee " + nominee + " proposed " + events.size() + " times");
                }
            });

            // reporting's awards by round and form against a recount from award's event store
            Map<String, Integer> store = new TreeMap<>();
            proposed.forEach(e -> store.merge(e.payload().path("roundId").asText() + "/"
                    + e.payload().path("formCode").asText(), 1, Integer::sum));
            Map<String, Integer> view = new TreeMap<>();
            views.values().forEach(d -> view.merge(d.getString("proposedRoundId") + "/" + d.getString("formCode"), 1,
                    Integer::sum));
            if (!store.equals(view)) s.problem("proposals per round and form: projection " + view + " ≠ event store "
                    + store);
            if (!roundViews.containsAll(rounds)) s.problem("rounds missing in reporting: " + rounds.stream()
                    .filter(r -> !roundViews.contains(r)).toList());
        }
        long deadLetters = deadLetters();
        if (deadLetters > 0) s.problem(deadLetters + " record(s) in dead-letter topics");
        return s;
    }

    // ---------------------------------------------------------------- event stores (PostgreSQL, JDBC)

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.postgresUsername(),
                infrastructure.postgresPassword());
    }

    /** The events of this type whose payload's {@code field} is one of {@code values}. */
    private List<Stored> storedOfType(String database, String type, String field, Collection<String> values)
            throws Exception {
        List<Stored> events = new ArrayList<>();
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement("""
                select aggregateidentifier, sequencenumber, eventidentifier, payloadtype, payload
                from domainevententry where payloadtype like ?""")) {
            query.setString(1, "%." + type);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = JSON.readTree(rows.getBytes(5));
                    if (values.contains(payload.path(field).asText())) {
                        events.add(new Stored(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4), payload));
                    }
                }
            }
        }
        return events;
    }

    /** Every event of these aggregates: sequence numbers 0, 1, 2, … without gap or repeat. */
    private void checkSequences(Snapshot s, String database, Collection<String> aggregates,
                                Map<String, Stored> byId) throws SQLException {
        if (aggregates.isEmpty()) return;
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement("""
                select aggregateidentifier, sequencenumber, eventidentifier, payloadtype from domainevententry
                where aggregateidentifier = any(?) order by aggregateidentifier, globalindex""")) {
            query.setArray(1, db.createArrayOf("varchar", aggregates.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                String aggregate = null;
                long expected = 0;
                while (rows.next()) {
                    if (!rows.getString(1).equals(aggregate)) {
                        aggregate = rows.getString(1);
                        expected = 0;
                    }
                    long sequence = rows.getLong(2);
                    if (sequence != expected) {
                        s.problem(database + " aggregate " + aggregate + ": sequence " + sequence + " where "
                                + expected + " was due");
                    }
                    expected = sequence + 1;
                    byId.put(rows.getString(3), new Stored(aggregate, sequence, rows.getString(3), rows.getString(4),
                            null));
                }
            }
        }
    }

    private static Map<String, List<Stored>> byField(List<Stored> events, String field) {
        Map<String, List<Stored>> by = new HashMap<>();
        events.forEach(e -> by.computeIfAbsent(e.payload().path(field).asText(), k -> new ArrayList<>()).add(e));
        return by;
    }

    private static Map<String, Integer> countByUnit(List<Stored> events) {
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach(e -> counts.merge(e.payload().path("campaignId").asText() + "/"
                + e.payload().path("unitId").asText(), 1, Integer::sum));
        return counts;
    }

    // ---------------------------------------------------------------- topics

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(config);
    }

    /** CloudEvents id → every place it was seen, read from the beginning to the end as of now. */
    private Map<String, List<Seen>> readTopics(List<String> topics) {
        Map<String, List<Seen>> seen = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEventsAttributes.ID);
                    if (id == null) continue;
                    seen.computeIfAbsent(new String(id.value(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(new Seen(record.topic(), record.partition(), record.offset()));
                }
            }
        }
        return seen;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
            if (topics.contains(topic)) infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        });
        return partitions;
    }

    /**
     * Per aggregate and partition, its events' first appearances in the order of their sequence; with
     * {@code onePartition} all on one partition (keyed by the aggregate; award's round events are keyed by proposal).
     */
    private static void checkTopicOrder(Snapshot s, Map<String, Stored> stored, Map<String, List<Seen>> onTopics,
                                        boolean onePartition) {
        Map<String, List<Map.Entry<Seen, Stored>>> byAggregate = new HashMap<>();
        stored.values().forEach(event -> {
            List<Seen> seen = onTopics.get(event.eventId());
            if (seen != null) {
                Seen first = seen.stream().min(Comparator.comparingLong(Seen::offset)).orElseThrow();
                String key = onePartition ? event.aggregate()
                        : event.aggregate() + "@" + first.topic() + "-" + first.partition();
                byAggregate.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(first, event));
            }
        });
        byAggregate.forEach((aggregate, events) -> {
            if (events.stream().map(e -> e.getKey().topic() + "-" + e.getKey().partition()).distinct().count() > 1) {
                s.problem("aggregate " + aggregate + " spread over several partitions");
            }
            events.sort(Comparator.comparingLong(e -> e.getKey().offset()));
            for (int i = 1; i < events.size(); i++) {
                if (events.get(i).getValue().sequence() <= events.get(i - 1).getValue().sequence()) {
                    s.problem("aggregate " + aggregate + ": sequence " + events.get(i).getValue().sequence()
                            + " published after " + events.get(i - 1).getValue().sequence());
                }
            }
        });
    }

    /**
     * The topics read; the stored events' order on them checked, and each seen more than once counted as
     * redelivered (the at-least-once relay after a crash).
     */
    private Map<String, List<Seen>> published(Snapshot s, Map<String, Stored> stored, List<String> topics,
                                              boolean onePartition) {
        Map<String, List<Seen>> onTopics = readTopics(topics);
        checkTopicOrder(s, stored, onTopics, onePartition);
        for (Stored event : stored.values()) {
            List<Seen> seen = onTopics.get(event.eventId());
            if (seen != null && seen.size() > 1) s.redelivered++;
        }
        return onTopics;
    }

    /** Records in every {@code *.dlq} topic. */
    long deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<String> dlq = consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(t -> t.endsWith(".dlq")).toList();
            List<TopicPartition> partitions = partitionsOf(consumer, dlq);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).entrySet().stream()
                    .mapToLong(e -> e.getValue() - Objects.requireNonNullElse(begin.get(e.getKey()), 0L)).sum();
        }
    }
}
