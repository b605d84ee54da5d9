package vn.thidua.reporting;

import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser as far as the pages care: keeps cookies (the session, the language) and follows redirects, including
 * the OpenID Connect sign-in (service → /oauth2/authorization/thidua → provider /authorize with PKCE → back with a
 * code → the page first asked for). Signed in as one user of the test provider.
 */
final class PageSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private PageSession(String baseUrl, HttpClient.Redirect redirects) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session not signed in that does not follow redirects, to look at each step. */
    static PageSession anonymous(String baseUrl) {
        return new PageSession(baseUrl, HttpClient.Redirect.NEVER);
    }

    /** Signs {@code user} in through the provider (as if they had typed their password) and keeps the session. */
    static PageSession signedIn(String baseUrl, TestIdentity identity, TestUser user) {
        PageSession session = new PageSession(baseUrl, HttpClient.Redirect.NORMAL);
        // the provider signs in whoever was named last: one sign-in at a time in this JVM
        synchronized (TestIdentity.class) {
            identity.signInNextAs(user);
            HttpResponse<String> landed = session.get("/oauth2/authorization/thidua");
            if (landed.uri().getPath().startsWith("/login") || landed.uri().toString().contains("error")) {
                throw new IllegalStateException("sign-in did not complete: " + landed.uri());
            }
        }
        return session;
    }

    HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery
                        : baseUrl + pathAndQuery))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cookie of this name this session holds, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }
}
