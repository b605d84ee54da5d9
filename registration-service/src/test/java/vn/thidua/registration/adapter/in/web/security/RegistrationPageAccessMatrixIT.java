package vn.thidua.registration.adapter.in.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.identity.PageAccessMatrix;
import vn.thidua.testsupport.identity.PageRoutes;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET page route of the registration service, opened anonymously and by every role and several role sets
 * from the district that holds the sample model itself (DX198), from its commune (WX19390: upward) and from the
 * sibling district (DX199), as {@code page-access-matrix.txt} rules; an unknown model is the outsider's 403.
 */
@RegistrationTest
class RegistrationPageAccessMatrixIT {

    static final String OUTSIDE = "DX199";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRouteHasARuleAndAnswersEveryRoleAndRoleSetAsRuled() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        fixtures.unit(OUTSIDE, ModelFixtures.PROVINCE, "huyện", "district", "Gio Linh (kiểm thử)");
        String campaign = fixtures.openCampaign(ModelFixtures.unique("ma-tran-trang"));
        String model = RegistrationAccessMatrixIT.registeredModel(http, campaign, ModelFixtures.DISTRICT);
        String document = RegistrationAccessMatrixIT.uploaded(http, model, ModelFixtures.DISTRICT, "minh chung");

        PageAccessMatrix matrix = PageAccessMatrix.of("http://localhost:" + port, "page-access-matrix.txt")
                .units(ModelFixtures.DISTRICT, ModelFixtures.COMMUNE, OUTSIDE)
                .value("campaign", campaign)
                .value("model", model)
                .value("document", document);

        assertThat(matrix.coverageProblems(PageRoutes.of(mappings))).as("every page route has exactly its rule").isEmpty();
        assertThat(matrix.violations()).as("%d page requests", matrix.calls()).isEmpty();
    }
}
