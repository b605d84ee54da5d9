package vn.thidua.testsupport.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a service's pages, as plain HTTP: signs in through the real OpenID Connect flow (service →
 * {@code /oauth2/authorization/thidua} → the JVM's test provider, authorization code with PKCE → back with a code →
 * the page first asked for), keeps the cookies (session, language), and posts forms with the CSRF token the pages
 * put in them. {@link #get} does not follow redirects, so a test sees them; {@link #follow} does.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String baseUrl;
    private final HttpClient client;
    private final HttpClient following;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Nobody signed in yet, at {@code http://localhost:<port>}. */
    public static PageSession anonymous(int port) {
        return anonymous("http://localhost:" + port);
    }

    /** Nobody signed in yet, at {@code baseUrl}. */
    public static PageSession anonymous(String baseUrl) {
        return new PageSession(baseUrl);
    }

    /** {@code user} signed in through the shared test provider: the pages' session is established. */
    public static PageSession signedIn(int port, TestUser user) {
        return signedIn("http://localhost:" + port, user);
    }

    /** {@code user} signed in at the service at {@code baseUrl} through the shared test provider. */
    public static PageSession signedIn(String baseUrl, TestUser user) {
        PageSession session = anonymous(baseUrl);
        // the provider signs in whoever was named last: one sign-in at a time in this JVM
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(user);
            HttpResponse<String> landed = session.follow("/oauth2/authorization/thidua");
            // back at the service's home page (which a role without pages there may be refused: still signed in)
            boolean home = landed.uri().toString().equals(baseUrl + "/") && landed.uri().getQuery() == null;
            if (!home || (landed.statusCode() != 200 && landed.statusCode() != 403)) {
                throw new IllegalStateException("sign-in ended at " + landed.uri() + " with " + landed.statusCode());
            }
        }
        return session;
    }

    /** GET as a browser would ({@code Accept: text/html}), not following redirects. */
    public HttpResponse<String> get(String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /** GET with a browser's full {@code Accept} (HTML first, anything else after), not following redirects. */
    public HttpResponse<String> browse(String path) {
        return send(client, HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
    }

    /** The value of the cookie of this name the session holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** GET of bytes (a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects (to the provider and back, too). */
    public HttpResponse<String> follow(String path) {
        return send(following, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /** Posts a form with the CSRF token taken from the page at {@code formPage}. */
    public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(formPage));
        return postFormWithoutToken(path, withToken);
    }

    /** Posts a form exactly as given (no CSRF token added). */
    public HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(client, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form (one file) with the CSRF token taken from the page at {@code formPage}. */
    public HttpResponse<String> postMultipart(String formPage, String path, Map<String, String> fields,
                                              String fileField, String fileName, byte[] content) {
        String boundary = "page" + System.nanoTime();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(formPage));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(client, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The CSRF token of the first form on the page. */
    public String csrfToken(String formPage) {
        HttpResponse<String> page = get(formPage);
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) throw new IllegalStateException("no CSRF token on " + formPage + " (" + page.statusCode() + ")");
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
