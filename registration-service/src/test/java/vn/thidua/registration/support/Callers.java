package vn.thidua.registration.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

/**
 * Who calls the API in the registration tests: users of the test organisation tree (province TX45 → district
 * DX198 → communes WX19390, WX19391; a sibling district DX199), each signed in with a real access token of the
 * JVM's test identity provider.
 */
public final class Callers {

    public static final String PROVINCE = "TX45";
    public static final String DISTRICT = "DX198";
    public static final String COMMUNE = "WX19390";

    /** Ban Dân vận of the province: launches campaigns and maintains the test tree. */
    public static final TestUser PROVINCE_BOARD = TestUser.of("ban-dan-van-tinh", PROVINCE, "BOARD_OFFICER");
    /** Ban Dân vận of the district: sees every model of its communes. */
    public static final TestUser DISTRICT_BOARD = TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER");
    /** Configures the reference trees. */
    public static final TestUser ADMINISTRATOR = TestUser.of("quan-tri", PROVINCE, "ADMINISTRATOR");

    private Callers() {
    }

    /** A unit officer (cán bộ) of {@code unitId}, user id {@code can-bo-<unit>}. */
    public static TestUser officer(String unitId) {
        return TestUser.of("can-bo-" + unitId, unitId, "UNIT_OFFICER");
    }

    /** An officer of the managing unit {@code unitId}. */
    public static TestUser managingOfficer(String unitId) {
        return TestUser.of("quan-ly-" + unitId, unitId, "MANAGING_UNIT_OFFICER");
    }

    /** The {@code Authorization} header of {@code user}. */
    public static HttpHeaders headers(TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return headers;
    }

    /**
     * The same client as {@code http} (same server, converters and request factory) whose every request carries
     * a fresh bearer token of {@code user}, unless the request sets its own {@code Authorization}.
     */
    public static TestRestTemplate as(TestRestTemplate http, TestUser user) {
        RestTemplate original = http.getRestTemplate();
        ClientHttpRequestInterceptor signing = (request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
            }
            return execution.execute(request, body);
        };
        RestTemplateBuilder builder = new RestTemplateBuilder()
                .messageConverters(original.getMessageConverters())
                .uriTemplateHandler(original.getUriTemplateHandler())
                .additionalInterceptors(signing);
        return new TestRestTemplate(builder);
    }
}
