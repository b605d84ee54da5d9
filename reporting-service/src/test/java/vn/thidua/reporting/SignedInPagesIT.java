package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages behind OpenID Connect sign-in: an anonymous reader is sent to the provider (authorization code with
 * PKCE) and comes back to the page first asked for; signed-in pages carry the strict security headers and no inline
 * script; a viewer sees its own subtree's coverage only. A
 * {@link ReportingTest}: one application context with the other integration tests.
 */
@ReportingTest
class SignedInPagesIT {

    private static CloudEventRecords records;
    private static TargetScenario scenario;

    @Autowired TestRestTemplate anonymous;

    @BeforeAll
    static void data(CloudEventRecords connected) {
        records = connected;
        scenario = new TargetScenario("pages-" + UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
    }

    private void awaitScenario() throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(scenario.expected());
        TestRestTemplate viewer = Callers.as(anonymous, scenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(viewer.getForObject(
                "/api/campaigns/{id}/target-coverage", JsonNode.class, scenario.campaignId)).isEqualTo(expected));
    }

    private String coveragePath() {
        return "/campaigns/" + scenario.campaignId + "/coverage";
    }

    private static Map<String, String> query(String location) {
        return UriComponentsBuilder.fromUriString(location).build().getQueryParams().toSingleValueMap();
    }

    @Test
    void anAnonymousReaderSignsInAtTheProviderWithPkceAndComesBackToThePageAskedFor() throws Exception {
        awaitScenario();
        TestIdentity identity = TestIdentity.shared();
        PageSession browser = PageSession.anonymous(anonymous.getRootUri());

        HttpResponse<String> asked = browser.get(coveragePath());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(URI.create(location).getPath()).isEqualTo("/oauth2/authorization/thidua"));

        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/thidua");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(identity.issuer() + "/authorize?");
        Map<String, String> parameters = query(authorize);
        assertThat(parameters).containsEntry("response_type", "code").containsEntry("client_id", "thidua-pages")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce");
        assertThat(parameters.get("scope")).contains("openid");

        // the provider signs the viewer in and sends the browser back with a code
        HttpResponse<String> back;
        synchronized (TestIdentity.class) {
            identity.signInNextAs(scenario.viewer());
            back = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/thidua?code=");

        HttpResponse<String> signedIn = browser.get(callback);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(URI.create(location).getPath()).isEqualTo(coveragePath()));
        HttpResponse<String> page = browser.get(coveragePath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Độ bao phủ so với chỉ tiêu", scenario.campaignId);
    }

    @Test
    void signedInPagesCarryTheSecurityHeadersAndNoInlineScript() throws Exception {
        awaitScenario();
        PageSession browser = PageSession.signedIn(anonymous.getRootUri(), scenario.viewer());

        for (String path : new String[] {"/campaigns", coveragePath(), "/campaigns/no-such-campaign/coverage"}) {
            HttpResponse<String> page = browser.follow(path);
            assertThat(page.statusCode()).as(path).isIn(200, 403);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'",
                    "default-src 'self'").doesNotContain("unsafe-eval");
            assertThat(policy.replaceAll(".*script-src([^;]*).*", "$1")).doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.body()).as(path).doesNotContain("<script").doesNotContainPattern("\\son[a-z]+=");
        }
        // signing out is a form posting /logout with its CSRF token
        String html = browser.follow("/campaigns").body();
        assertThat(html).containsPattern("<form[^>]*action=\"/logout\"[^>]*method=\"post\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void aViewerOfOneDistrictDoesNotSeeAnotherDistrictsCoveragePage() throws Exception {
        awaitScenario();
        PageSession own = PageSession.signedIn(anonymous.getRootUri(),
                TestUser.of("nguoi-xem-huyen-d", scenario.id("D"), "VIEWER"));
        assertThat(own.follow(coveragePath()).statusCode()).isEqualTo(200);

        PageSession sibling = PageSession.signedIn(anonymous.getRootUri(),
                scenario.siblingViewer());
        HttpResponse<String> refused = sibling.follow(coveragePath());
        assertThat(refused.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(refused.body()).contains("Không có quyền xem").doesNotContain(scenario.campaignId)
                .doesNotContain("Đơn vị C1-");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();

        // a unit officer (no report role) is refused the report pages altogether
        PageSession officer = PageSession.signedIn(anonymous.getRootUri(),
                TestUser.of("can-bo-c1", scenario.id("C1"), "UNIT_OFFICER"));
        assertThat(officer.follow(coveragePath()).statusCode()).isEqualTo(403);
    }
}
