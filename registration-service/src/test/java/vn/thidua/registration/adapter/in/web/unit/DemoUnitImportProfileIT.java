package vn.thidua.registration.adapter.in.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import vn.thidua.registration.application.unit.DemoUnits;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.WithInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the {@code demo} profile the service has no demo units and no endpoint that makes them. */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoUnitImportProfileIT {

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;

    @Test
    void theDemoEndpointIsAbsentWithoutTheDemoProfile() {
        var response = Callers.as(http, Callers.ADMINISTRATOR)
                .postForEntity("/api/unit-imports/demo/45?seed=2023", null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(context.getBeansOfType(DemoUnits.class)).isEmpty();
    }
}
