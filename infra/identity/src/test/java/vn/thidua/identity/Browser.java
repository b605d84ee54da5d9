package vn.thidua.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client: keeps cookies, follows no redirect on its own (the tests look at each one). */
final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Browser(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathOrUri) {
        return send(HttpRequest.newBuilder(uri(pathOrUri)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> getJson(String pathOrUri) {
        return send(HttpRequest.newBuilder(uri(pathOrUri)).header("Accept", "application/json").GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    /** Fills and sends the login form of the page at {@code loginPath}; answers the redirect after it. */
    HttpResponse<String> signIn(String loginPath, String username, String password) {
        HttpResponse<String> page = get(loginPath);
        if (page.statusCode() != 200) throw new AssertionError("login page: " + page.statusCode());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) throw new AssertionError("no CSRF token on the login page");
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    /** Sends the sign-in form of another provider's login page (its {@code action}, fields username/password). */
    HttpResponse<String> submitLoginForm(HttpResponse<String> page, String username, String password) {
        Matcher forms = Pattern.compile("<form[^>]*>", Pattern.DOTALL).matcher(page.body());
        String target = null;
        while (forms.find()) {
            Matcher action = Pattern.compile("\\baction=\"([^\"]+)\"").matcher(forms.group());
            if (!action.find()) continue;
            if (target == null || forms.group().contains("kc-form-login")) target = action.group(1).replace("&amp;", "&");
        }
        if (target == null) throw new AssertionError("no form on the page: " + page.body());
        return post(target, Map.of("username", username, "password", password, "credentialId", ""));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    /** The query parameters of a URI (decoded). */
    static Map<String, String> query(String uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(uri).getRawQuery();
        if (query == null) return parameters;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(decode(name), decode(value));
        }
        return parameters;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String pathOrUri) {
        return URI.create(pathOrUri.startsWith("http") ? pathOrUri : base + pathOrUri);
    }

    /**
     * Sends {@code Secure} cookies back over plain HTTP to {@code localhost} and {@code *.localhost}, as browsers do
     * (a secure context); Keycloak sets its login cookies {@code Secure} even over HTTP.
     */
    static final class LocalhostIsSecure extends CookieManager {
        LocalhostIsSecure() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                throws IOException {
            String host = uri.getHost();
            boolean local = "http".equals(uri.getScheme()) && host != null
                    && (host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1"));
            if (!local) return super.get(uri, headers);
            try {
                return super.get(new URI("https", uri.getUserInfo(), host, uri.getPort(), uri.getPath(),
                        uri.getQuery(), uri.getFragment()), headers);
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }

    /**
     * The query of an authorization request of the pages' client ({@code thidua-pages}, scopes openid and profile)
     * with this PKCE challenge, returning to {@code redirectUri}; the nonce is derived from the state.
     */
    static String authorizationQuery(Pkce pkce, String state, String redirectUri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", "thidua-pages");
        parameters.put("scope", "openid profile");
        parameters.put("redirect_uri", redirectUri);
        parameters.put("state", state);
        parameters.put("nonce", "nonce-" + state);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        return form(parameters);
    }

    /** A PKCE pair: the verifier and its S256 challenge. */
    record Pkce(String verifier, String challenge) {
        static Pkce fresh() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
