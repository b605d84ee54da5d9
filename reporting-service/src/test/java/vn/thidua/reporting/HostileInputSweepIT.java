package vn.thidua.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.testsupport.hostile.HostileInputs;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every operation of the reporting API fed hostile path and query values: never a 5xx, refusals problem+json. */
@ReportingTest
class HostileInputSweepIT {

    private static final String S = UUID.randomUUID().toString().substring(0, 8);
    private static final String PROVINCE = "P-hostile-" + S;
    private static final String COMMUNE = "C-hostile-" + S;
    private static final String CAMPAIGN = "campaign-hostile-" + S;
    private static final String MODEL = CAMPAIGN + "-m1";

    @Autowired TestRestTemplate anonymous;

    @Test
    void everyOperationWithstandsHostileInput(CloudEventRecords records) {
        records.send(Events.unit(PROVINCE, null, "tỉnh", "province"));
        records.send(Events.unit(COMMUNE, PROVINCE, "xã", "commune"));
        records.send(Events.launched(CAMPAIGN, PROVINCE));
        records.send(new ModelRegistered(MODEL, CAMPAIGN, COMMUNE, PROVINCE, RegistrantKind.COLLECTIVE,
                "Dân vận khéo nhận dữ liệu xấu", ModelField.ECONOMY, Events.BOARD, Instant.parse("2024-03-01T08:00:00Z")));
        TestUser everyone = new TestUser("hostile-everyone", PROVINCE, AccessMatrix.ROLES);
        await().atMost(ReportingServiceIT.PATIENCE).until(() -> Callers.as(anonymous, everyone)
                .getForEntity("/api/models/" + MODEL, String.class).getStatusCode() == HttpStatus.OK);

        List<HostileInputs.Exchange> log = new ArrayList<>();
        List<String> violations = HostileInputs.of(anonymous.getRootUri(), TestIdentity.shared(), everyone)
                .value("campaignId", CAMPAIGN).value("modelId", MODEL).value("unitId", COMMUNE)
                .violations(log);

        assertThat(log).as("hostile requests sent").hasSizeGreaterThan(30);
        assertThat(violations).as("%d hostile requests", log.size()).isEmpty();
    }
}
