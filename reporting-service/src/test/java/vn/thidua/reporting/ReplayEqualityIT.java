package vn.thidua.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardRoundClosed;
import vn.thidua.contracts.AwardRoundKind;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.reporting.adapter.in.kafka.ProjectionRebuild;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay proof: a live reporting service reads a scenario on every topic (tree, campaigns, models, reviews, awards and rounds;
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
        String round = "round-replay-" + suffix;
        records.send(new AwardRoundOpened(round, "Khen thưởng năm 2024", AwardRoundKind.ANNUAL, targets.campaignId,
                targets.id("D"), LocalDate.of(2024, 9, 15), List.of("GIAY_KHEN"), 50_000_000L, Events.BOARD,
                Instant.parse("2024-09-01T02:00:00Z")));
        AwardProposed proposal = new AwardProposed("p-replay-" + suffix, targets.m1.modelId(), targets.campaignId,
                targets.id("C1"), AwardForm.CERTIFICATE_OF_COMMENDATION, "Tiêu biểu", Events.BOARD,
                Instant.parse("2024-09-02T02:00:00Z"), NomineeKind.COLLECTIVE, "Xã C1", round, "GIAY_KHEN");
        records.send(proposal);
        records.send(new AwardDecided(proposal.proposalId(), proposal.modelId(), targets.campaignId, targets.id("C1"),
                AwardForm.CERTIFICATE_OF_COMMENDATION, AwardOutcome.APPROVED, "12/QĐ-UBND", Events.BOARD,
                Instant.parse("2024-09-20T02:00:00Z"), NomineeKind.COLLECTIVE, "Xã C1", round, "GIAY_KHEN", null,
                LocalDate.of(2024, 9, 20), "Chủ tịch", 1_170_000L, 2_340_000L));
        records.send(new AwardRoundClosed(round, targets.id("D"), Events.BOARD, Instant.parse("2024-09-30T02:00:00Z")));

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
            assertThat(client.getDatabase(fresh).getCollection("award_proposals")
                    .countDocuments(com.mongodb.client.model.Filters.eq("campaignId", targets.campaignId))).isEqualTo(1);
            assertThat(compared).hasSize(1).allSatisfy(models -> assertThat(models).isGreaterThanOrEqualTo(13));
            assertThat(differences).as("live ≠ rebuilt").isEmpty();
        }
    }
}
