package vn.thidua.registration.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.hostile.HostileInputs;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the registration API fed hostile input by someone holding every role over the whole province:
 * never a 5xx, every refusal problem+json, and unreadable input adds nothing to the event store.
 */
@RegistrationTest
class HostileInputSweepIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyOperationWithstandsHostileInput(TestIdentity identity) {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        String campaign = fixtures.openCampaign(ModelFixtures.unique("thu-tan-cong"));
        String model = registeredModel(campaign);
        TestUser everyone = new TestUser("hostile-everyone", ModelFixtures.PROVINCE, AccessMatrix.ROLES);

        List<HostileInputs.Exchange> log = new ArrayList<>();
        List<String> violations = HostileInputs.of("http://localhost:" + port, identity, everyone)
                .value("campaignId", campaign).value("campaign", campaign)
                .value("modelId", model).value("model", model)
                .value("unitId", ModelFixtures.COMMUNE)
                .unchanged("stored events", () -> jdbc.queryForObject("select count(*) from domainevententry", Long.class))
                .violations(log);

        assertThat(log).as("hostile requests sent").hasSizeGreaterThan(200);
        assertThat(violations).as("%d hostile requests", log.size()).isEmpty();
    }

    private String registeredModel(String campaign) {
        HttpHeaders headers = Callers.headers(Callers.officer(ModelFixtures.COMMUNE));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/models", new HttpEntity<>(Map.of(
                "campaignId", campaign, "unitId", ModelFixtures.COMMUNE, "registrantKind", "COLLECTIVE",
                "novelty", "NEW", "title", "Mô hình nhận dữ liệu xấu", "field", "ECONOMY"), headers), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("modelId").asText();
    }
}
