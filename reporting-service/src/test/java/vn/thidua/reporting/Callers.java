package vn.thidua.reporting;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

/** API clients of the service under test that call as a signed-in user (a fresh bearer token on every request). */
final class Callers {

    private Callers() {
    }

    /** A client of the same service as {@code anonymous}, calling as {@code user}. */
    static TestRestTemplate as(TestRestTemplate anonymous, TestUser user) {
        return as(anonymous.getRootUri(), user);
    }

    static TestRestTemplate as(String rootUri, TestUser user) {
        TestIdentity identity = TestIdentity.shared();
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(rootUri)
                .additionalInterceptors((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION, identity.bearer(user));
                    return execution.execute(request, body);
                }));
    }
}
