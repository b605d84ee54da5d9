package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.thidua.testsupport.identity.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coverage against targets from real CloudEvents records on Kafka. A {@link ReportingTest}: one application context with the other integration tests.
 */
@ReportingTest
class TargetCoverageIT {

    private static CloudEventRecords records;

    @Autowired TestRestTemplate anonymous;
    /** Signed in as a viewer: of the scenario's province once a scenario is made, else of a unit unknown here. */
    TestRestTemplate http;

    @BeforeEach
    void signIn() {
        http = Callers.as(anonymous, TestUser.of("nguoi-xem", "P-not-heard-of", "VIEWER"));
    }

    private TargetScenario signedInFor(TargetScenario scenario) {
        http = Callers.as(anonymous, scenario.viewer());
        return scenario;
    }
    @Autowired MeterRegistry meters;

    @BeforeAll
    static void topics(CloudEventRecords connected) {
        records = connected;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private ResponseEntity<JsonNode> targetCoverage(String campaignId) {
        return http.getForEntity("/api/campaigns/{id}/target-coverage", JsonNode.class, campaignId);
    }

    private void awaitTargetCoverage(String campaignId, String expectedJson) throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(expectedJson);
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = targetCoverage(campaignId);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).isEqualTo(expected);
        });
    }

    private double events(String outcome) {
        return meters.find("thidua.reporting.events").tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    @Test
    void targetsAreMeasuredOnTheTreeAsItStoodAndTheCountingModels() throws Exception {
        TargetScenario scenario = signedInFor(new TargetScenario(suffix()));
        scenario.produce(records);

        // agencies 2 of 3; communes 1 of 2 (C-old closed before the period, C2's "other" model awaits its
        // confirmation); villages 2 of 4 (V2's model withdrawn)
        awaitTargetCoverage(scenario.campaignId, scenario.expected());

        records.send(Events.confirmed(scenario.m2Other));
        awaitTargetCoverage(scenario.campaignId, scenario.expected(true));

        JsonNode withdrawn = http.getForObject("/api/models/{id}", JsonNode.class, scenario.m4Withdrawn.modelId());
        assertThat(withdrawn.get("registered").asBoolean()).isTrue();
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.get("counts").asBoolean()).isFalse();
        JsonNode amended = http.getForObject("/api/models/{id}", JsonNode.class, scenario.id("m6"));
        assertThat(amended.get("field").asText()).isEqualTo("DEFENCE_SECURITY");

        // the existing per-unit coverage still counts registrations, withdrawn ones included
        JsonNode coverage = http.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, scenario.campaignId);
        assertThat(coverage.get("totals").get("registered").asLong()).isEqualTo(9);
    }

    @Test
    void redeliveredRecordsChangeNothing() throws Exception {
        TargetScenario scenario = signedInFor(new TargetScenario(suffix()));
        scenario.produce(records);
        awaitTargetCoverage(scenario.campaignId, scenario.expected());
        double duplicatesBefore = events("duplicate");

        records.send(scenario.m1, scenario.m1Id);
        records.send(Events.unit(scenario.id("C1"), scenario.id("D"), "xã", "commune"), scenario.c1OpenedId);
        records.send(Events.withdrawn(scenario.m4Withdrawn), scenario.m4WithdrawnId);
        // and a marker after them on the partition of m1, so that we know they were read
        records.send(Events.confirmed(scenario.m2Other));

        awaitTargetCoverage(scenario.campaignId, scenario.expected(true));
        await().atMost(ReportingServiceIT.PATIENCE)
                .untilAsserted(() -> assertThat(events("duplicate") - duplicatesBefore).isGreaterThanOrEqualTo(3));
        assertThat(targetCoverage(scenario.campaignId).getBody())
                .isEqualTo(CloudEventRecords.JSON.readTree(scenario.expected(true)));
    }

    @Test
    void theCampaignAndTheTreeAreQueryable() throws Exception {
        TargetScenario scenario = signedInFor(new TargetScenario(suffix()));
        scenario.produce(records);
        awaitTargetCoverage(scenario.campaignId, scenario.expected());

        JsonNode campaign = http.getForObject("/api/campaigns/{id}", JsonNode.class, scenario.campaignId);
        assertThat(campaign.get("organiserUnitId").asText()).isEqualTo(scenario.id("D"));
        assertThat(campaign.get("periodStart").asText()).isEqualTo("2023-01-01");
        assertThat(campaign.get("periodEnd").asText()).isEqualTo("2025-12-31");
        assertThat(campaign.get("status").asText()).isEqualTo("OPEN");
        assertThat(campaign.get("registrationWindows").get(1).get("dueOn").asText()).isEqualTo("2024-02-29");
        assertThat(campaign.get("coverageTargets")).hasSize(3);

        JsonNode village = http.getForObject("/api/units/{id}?on=2024-01-01", JsonNode.class, scenario.id("V3"));
        assertThat(village.get("kind").asText()).isEqualTo("village");
        assertThat(village.get("parentId").asText()).isEqualTo(scenario.id("C2"));
        assertThat(village.get("ancestors").toString()).isEqualTo("[\"C2-%1$s\",\"D-%1$s\",\"P-%1$s\"]"
                .formatted(scenario.s));
        JsonNode closed = http.getForObject("/api/units/{id}?on=2024-01-01", JsonNode.class, scenario.id("C-old"));
        assertThat(closed.get("closedOn").asText()).isEqualTo("2022-07-01");
        assertThat(closed.get("successorId").asText()).isEqualTo(scenario.id("C1"));
        assertThat(closed.get("open").asBoolean()).isFalse();

        // a viewer of the district beside the organiser sees its own units, not D's campaign or units
        TestRestTemplate sibling = Callers.as(anonymous, scenario.siblingViewer());
        assertThat(sibling.getForEntity("/api/units/{id}", String.class, scenario.id("V9")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String path : new String[] {"/api/campaigns/{id}", "/api/campaigns/{id}/target-coverage",
                "/api/campaigns/{id}/coverage"}) {
            assertThat(sibling.getForEntity(path, String.class, scenario.campaignId).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(sibling.getForEntity("/api/units/{id}", String.class, scenario.id("V3")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        records.send(Events.closed(scenario.campaignId, java.time.Instant.parse("2025-12-31T10:00:00Z")));
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(
                targetCoverage(scenario.campaignId).getBody().get("status").asText()).isEqualTo("CLOSED"));
    }

    @Test
    void eachReaderCountsOnlyTheUnitsOfItsSubtreeAndACommuneAsksForItsPart() throws Exception {
        TargetScenario scenario = signedInFor(new TargetScenario(suffix()));
        scenario.produce(records);
        awaitTargetCoverage(scenario.campaignId, scenario.expected());

        // the province sees every unit that registered, V9 (in D2) too
        JsonNode province = http.getForObject("/api/campaigns/{id}/coverage", JsonNode.class, scenario.campaignId);
        assertThat(units(province)).contains(scenario.id("V9"));
        assertThat(province.get("totals").get("registered").asLong()).isEqualTo(9);

        // the organiser district: not the unit of the district beside it
        JsonNode district = Callers.as(anonymous, TestUser.of("nguoi-xem-d", scenario.id("D"), "VIEWER"))
                .getForObject("/api/campaigns/{id}/coverage", JsonNode.class, scenario.campaignId);
        assertThat(units(district)).contains(scenario.id("C1"), scenario.id("A1")).doesNotContain(scenario.id("V9"));
        assertThat(district.get("totals").get("registered").asLong()).isEqualTo(8);

        // a commune: its own part of the district's campaign, nothing else
        TestRestTemplate commune = Callers.as(anonymous, TestUser.of("nguoi-xem-c1", scenario.id("C1"), "VIEWER"));
        JsonNode part = commune.getForObject("/api/campaigns/{id}/coverage?unitId={unit}", JsonNode.class,
                scenario.campaignId, scenario.id("C1"));
        assertThat(units(part)).containsExactly(scenario.id("C1"), scenario.id("V1"), scenario.id("V2"));
        assertThat(part.get("totals").get("registered").asLong()).isEqualTo(3);
        assertThat(commune.getForEntity("/api/campaigns/{id}/coverage", String.class, scenario.campaignId)
                .getStatusCode()).as("the whole campaign").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(commune.getForEntity("/api/campaigns/{id}/coverage?unitId={unit}", String.class,
                scenario.campaignId, scenario.id("C2")).getStatusCode()).as("a sibling commune")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static java.util.List<String> units(JsonNode coverage) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        coverage.get("units").forEach(unit -> ids.add(unit.get("unitId").asText()));
        return ids;
    }

    @Test
    void onOneDayTheDenominatorIsTheTreeOfThatDay() throws Exception {
        TargetScenario scenario = signedInFor(new TargetScenario(suffix()));
        scenario.produce(records);
        awaitTargetCoverage(scenario.campaignId, scenario.expected());

        JsonNode onTheFirstOf2022 = http.getForObject("/api/campaigns/{id}/target-coverage?on=2022-01-01",
                JsonNode.class, scenario.campaignId);
        assertThat(onTheFirstOf2022.get("period").toString()).isEqualTo("{\"from\":\"2022-01-01\",\"to\":\"2022-01-01\"}");
        JsonNode communes = onTheFirstOf2022.get("targets").get(1);
        assertThat(communes.get("units").asLong()).as("C-old still existed").isEqualTo(3);
        assertThat(communes.get("unitsWithModels").asLong()).isEqualTo(2);
        assertThat(communes.get("percent").asDouble()).isEqualTo(66.66);
    }

    @Test
    void aCampaignNotLaunchedIsRefusedAsOneOutsideTheSubtree() {
        ResponseEntity<JsonNode> response = targetCoverage("no-such-campaign");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
        assertThat(response.getBody().toString()).doesNotContain("no-such-campaign");

        // a unit never heard of is in nobody's subtree: refused, not "not found"
        ResponseEntity<JsonNode> unit = http.getForEntity("/api/units/{id}", JsonNode.class, "no-such-unit");
        assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.getBody().get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void aDayThatIsNoDateIsA400ProblemNamingIt() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/campaigns/{id}/target-coverage?on=31/12/2024",
                JsonNode.class, "any");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("on");
    }

    @Test
    void theApiIsDocumented() {
        String docs = anonymous.getForObject("/v3/api-docs", String.class);
        assertThat(docs).contains("/api/campaigns/{campaignId}/target-coverage", "/api/campaigns/{campaignId}",
                "/api/units/{unitId}", "Độ bao phủ so với chỉ tiêu");
    }
}
