package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The administrator starts a rebuild on the rebuild page and follows it through the JSON its progress bar polls,
 * until the service has switched to the fresh generation; until then the answers came from the old one (a mark only
 * the old one holds), after it they come from the rebuilt one. Others are refused. Own context, group and database.
 */
@WithInfrastructure
class RebuildPageIT {

    static final TestUser ADMIN = TestUser.of("quan-tri", CampaignScenario.ROOT, "ADMINISTRATOR");

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String database = "thidua_reporting_rebuildpage_" + suffix;

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CloudEventRecords.JSON.readTree(response.body());
    }

    @Test
    void theAdministratorStartsARebuildFollowsItsProgressAndSeesTheSwitch(Infrastructure infrastructure,
                                                                          CloudEventRecords records) throws Exception {
        String campaignId = "campaign-rebuild-page-" + suffix;
        String expected = CampaignScenario.produce(records, campaignId);
        try (ConfigurableApplicationContext running = RebuildIT.start(database, "reporting-rebuild-page-" + suffix);
             MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            String base = "http://localhost:" + ((WebServerApplicationContext) running).getWebServer().getPort();
            TestRestTemplate viewer = Callers.as(base, CampaignScenario.VIEWER);
            JsonNode coverage = CloudEventRecords.JSON.readTree(expected);
            await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(viewer.getForObject(
                    "/api/campaigns/{id}/coverage", JsonNode.class, campaignId)).isEqualTo(coverage));
            // a model only the old generation holds: answered until the switch
            client.getDatabase(database).getCollection("models").insertOne(new Document("_id", "only-in-old")
                    .append("campaignId", campaignId).append("unitId", CampaignScenario.UNIT_B)
                    .append("registered", true));
            assertThat(viewer.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, campaignId)
                    .at("/totals/registered").asInt()).isEqualTo(4);

            PageSession others = PageSession.signedIn(base, TestUser.of("nguoi-xem", CampaignScenario.ROOT, "VIEWER"));
            assertThat(others.get("/admin/rebuild").statusCode()).isEqualTo(403);
            assertThat(others.get("/admin/rebuild/progress").statusCode()).isEqualTo(403);

            PageSession admin = PageSession.signedIn(base, ADMIN);
            HttpResponse<String> page = admin.get("/admin/rebuild?lang=vi");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Dựng lại số liệu báo cáo", "Chưa dựng lại từ khi khởi động",
                    ">" + database + "<", "/js/rebuild.js", "data-progress-url=\"/admin/rebuild/progress\"");
            JsonNode idle = json(admin.browse("/admin/rebuild/progress"));
            assertThat(idle.get("active").asText()).isEqualTo(database);
            assertThat(idle.get("state").asText()).isEqualTo("idle");

            HttpResponse<String> started = admin.postForm("/admin/rebuild", "/admin/rebuild", Map.of());
            assertThat(started.statusCode()).isEqualTo(302);
            assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/admin/rebuild");

            await().atMost(ReportingServiceIT.PATIENCE).until(() ->
                    !json(admin.browse("/admin/rebuild/progress")).get("state").asText().equals("running"));
            JsonNode done = json(admin.browse("/admin/rebuild/progress"));
            assertThat(done.get("state").asText()).isEqualTo("done");
            assertThat(done.get("percent").asInt()).isEqualTo(100);
            assertThat(done.get("read").asLong()).isEqualTo(done.get("total").asLong())
                    .isGreaterThanOrEqualTo(16); // the scenario's records at least
            String fresh = done.get("generation").asText();
            assertThat(fresh).startsWith(database + "_r");
            assertThat(done.get("active").asText()).isEqualTo(fresh);

            // switched: the answers come from the rebuilt generation (no mark), and the page says so
            assertThat(viewer.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, campaignId))
                    .isEqualTo(coverage);
            assertThat(admin.get("/admin/rebuild?lang=en").body())
                    .contains("Rebuilt and switched to the new generation", ">" + fresh + "<");
        }
    }
}
