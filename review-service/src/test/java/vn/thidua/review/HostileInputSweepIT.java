package vn.thidua.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.hostile.HostileInputs;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the review API fed hostile input by someone holding every role at the case's authority:
 * never a 5xx, every refusal problem+json, and unreadable input adds nothing to the event store.
 */
@ReviewTest
class HostileInputSweepIT {

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyOperationWithstandsHostileInput(CloudEventRecords records) {
        TestUser everyone = new TestUser("hostile-everyone", OrganisationTree.DISTRICT, AccessMatrix.ROLES);
        String caseId = new ReviewApi(http, tree).reviewCaseOf(records, "campaign-hostile-" + UUID.randomUUID(),
                OrganisationTree.COMMUNE, everyone);

        List<HostileInputs.Exchange> log = new ArrayList<>();
        List<String> violations = HostileInputs.of(http.getRootUri(), TestIdentity.shared(), everyone)
                .value("reviewCaseId", caseId).refuseOnly("PUT /api/routing-table")
                .unchanged("stored events", () -> jdbc.queryForObject("select count(*) from domainevententry", Long.class))
                .violations(log);

        assertThat(log).as("hostile requests sent").hasSizeGreaterThan(100);
        assertThat(violations).as("%d hostile requests", log.size()).isEmpty();
    }
}
