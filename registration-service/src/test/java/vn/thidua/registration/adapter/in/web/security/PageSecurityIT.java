package vn.thidua.registration.adapter.in.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser gets from the pages: strict security headers, CSRF on forms, sign-in with PKCE. */
@RegistrationTest
class PageSecurityIT {

    @LocalServerPort int port;

    @Test
    void signedInPagesCarryTheSecurityHeaders() {
        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        for (String page : new String[] {"/", "/models", "/models/new", "/campaigns", "/units"}) {
            HttpResponse<String> response = officer.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(page).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            // nothing inline for the policy to block: scripts come from /js
            assertThat(response.body()).as(page).doesNotContain("<script>").doesNotContainPattern(" on[a-z]+=\"");
        }
        assertThat(officer.get("/models/new").body()).contains("src=\"/js/model-form.js\"");
        assertThat(officer.get("/js/model-form.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theNavigationOffersRegisteringOnlyToUnitOfficers() {
        assertThat(PageSession.signedIn(port, Callers.officer("WX19390")).get("/models").body())
                .contains("href=\"/models/new\"");
        String board = PageSession.signedIn(port, Callers.DISTRICT_BOARD).get("/models").body();
        assertThat(board).doesNotContain("href=\"/models/new\"").contains("href=\"/models/import\"");
        String viewer = PageSession.signedIn(port, TestUser.of("nguoi-xem", Callers.DISTRICT, "VIEWER")).get("/models").body();
        assertThat(viewer).doesNotContain("href=\"/models/new\"").doesNotContain("href=\"/models/import\"");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        HttpResponse<String> forged = officer.postFormWithoutToken("/models", Map.of("unitId", "WX19390",
                "title", "Giả mạo từ trang khác", "field", "ECONOMY"));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = officer.postForm("/models/new", "/models", Map.of("unitId", "WX19390"));
        assertThat(withToken.statusCode()).as("the same form with its token is answered (400: fields missing)")
                .isEqualTo(400);
    }

    @Test
    void anAnonymousPageRequestIsSentToSignInWithPkce() {
        PageSession anonymous = PageSession.anonymous(port);
        HttpResponse<String> page = anonymous.get("/models");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/thidua");

        HttpResponse<String> authorization = anonymous.get("/oauth2/authorization/thidua");
        assertThat(authorization.statusCode()).isEqualTo(302);
        String provider = authorization.headers().firstValue("Location").orElse("");
        assertThat(provider).contains("/authorize?").contains("response_type=code").contains("client_id=thidua-pages")
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("state=")
                .contains("nonce=");
    }
}
