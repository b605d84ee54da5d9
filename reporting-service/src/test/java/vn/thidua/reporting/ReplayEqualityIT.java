package vn.thidua.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.reporting.adapter.in.kafka.ProjectionRebuild;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay proof: a live reporting service reads a scenario on every topic (tree, campaigns, models, reviews, awards;
 * amendments, withdrawals, a move, a closed campaign), then rebuilds from offset 0 into a fresh generation; just before
 * the switch, with the live binding stopped, the two generations are equal field by field (everything but positions
 * and batching metadata, see {@link ProjectionComparison}). Its own context, group and database.
 */
@WithInfrastructure
class ReplayEqualityIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String database = "thidua_reporting_replay_" + suffix;

    @Test
    void aRebuildFromOffsetZeroEqualsTheLiveProjectionFieldByField(Infrastructure infrastructure,
                                                                  CloudEventRecords records) throws Exception {
        String campaignId = "campaign-replay-" + suffix;
        CampaignScenario.produce(records, campaignId);
        TargetScenario targets = new TargetScenario("replay-" + suffix);
        targets.produce(records);
        records.send(Events.confirmed(targets.m2Other));
        CampaignLaunched launched = Events.launched(targets.campaignId, targets.id("D"));
        records.send(Events.amended(launched, List.of(Events.target("village", TargetComparison.AT_LEAST, 50)),
                Instant.parse("2024-06-01T02:00:00Z")));
        records.send(Events.unitMoved(targets.id("V3"), targets.id("C2"), targets.id("C1"),
                Instant.parse("2024-07-01T02:00:00Z")));
        ModelRegistered late = Events.model(targets.id("m10"), targets.campaignId, targets.id("V4"),
                ModelField.OTHER);
        records.send(late);
        records.send(Events.fieldAmended(late, ModelField.ECONOMY));
        records.send(Events.closed(campaignId, Instant.parse("2025-12-31T09:00:00Z")));
        VinhLinhScenario.produce(records);

        try (ConfigurableApplicationContext running = RebuildIT.start(database, "reporting-replay-" + suffix);
             MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            RebuildIT.awaitCaughtUp(infrastructure, database);
            assertThat(client.getDatabase(database).getCollection("models").find(
                    com.mongodb.client.model.Filters.eq("campaignId", targets.campaignId)).into(new ArrayList<>()))
                    .hasSize(10);

            ProjectionRebuild rebuild = running.getBean(ProjectionRebuild.class);
            List<String> differences = new ArrayList<>();
            List<Long> compared = new ArrayList<>();
            String fresh = rebuild.start(() -> {
                String rebuilt = rebuild.progress().generation();
                compared.add(client.getDatabase(rebuilt).getCollection("models").countDocuments());
                differences.addAll(ProjectionComparison.differences(client.getDatabase(database),
                        client.getDatabase(rebuilt)));
            }).get(3, TimeUnit.MINUTES);

            assertThat(fresh).isNotEqualTo(database);
            assertThat(compared).hasSize(1).allSatisfy(models -> assertThat(models).isGreaterThanOrEqualTo(13));
            assertThat(differences).as("live ≠ rebuilt").isEmpty();
        }
    }
}
