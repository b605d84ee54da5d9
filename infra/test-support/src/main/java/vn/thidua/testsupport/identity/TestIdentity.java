package vn.thidua.testsupport.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.thidua.embedded.Ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The identity provider of service-level tests: one per JVM, on a free port, with a fresh RSA key, over real
 * HTTP — discovery and key set, the authorization code flow with PKCE (S256 required) signing in whoever
 * {@link #signInNextAs(TestUser)} named, bearer tokens ({@link #bearer(TestUser)}) and
 * {@link #tokenFor(TestUser) builders} for the attacks a resource server must refuse.
 */
public final class TestIdentity implements AutoCloseable {

    public static final String AUDIENCE = "thidua-api";
    public static final String PAGES_CLIENT_ID = "thidua-pages";
    public static final String PAGES_CLIENT_SECRET = "thidua-pages-secret";
    /** The property a service reads its issuer from. */
    public static final String ISSUER_PROPERTY = "thidua.security.issuer-uri";

    private static TestIdentity shared;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private volatile TestUser nextSignIn;

    private record PendingCode(TestUser user, String clientId, String redirectUri, String challenge, String nonce) {
    }

    private TestIdentity(int port) throws IOException {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://localhost:" + port;
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "test-identity");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/.well-known/openid-configuration", exchange -> handle(exchange, this::discovery));
        server.createContext("/jwks", exchange -> handle(exchange, this::jwks));
        server.createContext("/authorize", exchange -> handle(exchange, this::authorize));
        server.createContext("/token", exchange -> handle(exchange, this::token));
        server.createContext("/logout", exchange -> handle(exchange, this::logout));
        server.start();
    }

    /** The one provider of this JVM, started on first use. */
    public static synchronized TestIdentity shared() {
        if (shared == null) {
            try {
                shared = new TestIdentity(Ports.freePort());
            } catch (IOException e) {
                throw new IllegalStateException("could not start the test identity provider", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-identity-stop"));
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    /** What a service needs to trust this provider. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ISSUER_PROPERTY, issuer);
        properties.put("thidua.security.pages.client-secret", PAGES_CLIENT_SECRET);
        return properties;
    }

    /** A valid access token for {@code user}. */
    public String token(TestUser user) {
        return tokenFor(user).sign();
    }

    /** {@code Bearer <token>}, for an {@code Authorization} header. */
    public String bearer(TestUser user) {
        return "Bearer " + token(user);
    }

    /** A token to shape before signing: valid unless changed. */
    public TokenBuilder tokenFor(TestUser user) {
        return new TokenBuilder(key, issuer, AUDIENCE, user);
    }

    /** The user the next authorization request signs in (as if they had typed their password). */
    public void signInNextAs(TestUser user) {
        this.nextSignIn = user;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ------------------------------------------------------------------ endpoints

    private interface Handler {
        Response handle(HttpExchange exchange, Map<String, String> parameters) throws Exception;
    }

    private record Response(int status, String contentType, String body, String location) {
        static Response json(int status, String body) {
            return new Response(status, "application/json", body, null);
        }

        static Response redirect(String location) {
            return new Response(302, null, "", location);
        }
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Map<String, String> parameters = parameters(exchange);
            Response response;
            try {
                response = handler.handle(exchange, parameters);
            } catch (Exception e) {
                response = Response.json(500, "{\"error\":\"server_error\"}");
            }
            if (response.location() != null) exchange.getResponseHeaders().add("Location", response.location());
            if (response.contentType() != null) exchange.getResponseHeaders().add("Content-Type", response.contentType());
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) exchange.getResponseBody().write(body);
        }
    }

    private Response discovery(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("end_session_endpoint", issuer + "/logout");
        document.put("response_types_supported", new String[]{"code"});
        document.put("subject_types_supported", new String[]{"public"});
        document.put("id_token_signing_alg_values_supported", new String[]{"RS256"});
        document.put("code_challenge_methods_supported", new String[]{"S256"});
        document.put("scopes_supported", new String[]{"openid", "profile"});
        document.put("grant_types_supported", new String[]{"authorization_code"});
        document.put("token_endpoint_auth_methods_supported", new String[]{"client_secret_basic", "client_secret_post"});
        return Response.json(200, json.writeValueAsString(document));
    }

    private Response jwks(HttpExchange exchange, Map<String, String> parameters) {
        return Response.json(200, new JWKSet(key.toPublicJWK()).toString());
    }

    private Response authorize(HttpExchange exchange, Map<String, String> p) {
        String redirectUri = p.get("redirect_uri");
        if (!PAGES_CLIENT_ID.equals(p.get("client_id")) || redirectUri == null) {
            return Response.json(400, "{\"error\":\"invalid_client\"}");
        }
        if (!"code".equals(p.get("response_type"))) return error(redirectUri, p, "unsupported_response_type");
        if (p.get("code_challenge") == null || !"S256".equals(p.get("code_challenge_method"))) {
            return error(redirectUri, p, "invalid_request"); // PKCE is required
        }
        TestUser user = nextSignIn;
        if (user == null) return error(redirectUri, p, "access_denied");
        String code = UUID.randomUUID().toString();
        codes.put(code, new PendingCode(user, p.get("client_id"), redirectUri, p.get("code_challenge"), p.get("nonce")));
        String state = p.get("state");
        return Response.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + (state == null ? "" : "&state=" + encode(state)));
    }

    private Response token(HttpExchange exchange, Map<String, String> p) throws Exception {
        String clientId = p.get("client_id");
        String secret = p.get("client_secret");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!PAGES_CLIENT_ID.equals(clientId) || !PAGES_CLIENT_SECRET.equals(secret)) {
            return Response.json(401, "{\"error\":\"invalid_client\"}");
        }
        if (!"authorization_code".equals(p.get("grant_type"))) {
            return Response.json(400, "{\"error\":\"unsupported_grant_type\"}");
        }
        PendingCode pending = codes.remove(String.valueOf(p.get("code")));
        if (pending == null || !pending.redirectUri().equals(p.get("redirect_uri"))
                || p.get("code_verifier") == null || !pending.challenge().equals(s256(p.get("code_verifier")))) {
            return Response.json(400, "{\"error\":\"invalid_grant\"}");
        }
        TestUser user = pending.user();
        TokenBuilder idToken = new TokenBuilder(key, issuer, clientId, user).claim("auth_time", Instant.now().getEpochSecond());
        if (pending.nonce() != null) idToken.claim("nonce", pending.nonce());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token(user));
        body.put("id_token", idToken.sign());
        body.put("token_type", "Bearer");
        body.put("expires_in", 1800);
        body.put("scope", "openid profile");
        return Response.json(200, json.writeValueAsString(body));
    }

    private Response logout(HttpExchange exchange, Map<String, String> p) {
        String target = p.get("post_logout_redirect_uri");
        return target == null ? new Response(200, "text/plain", "signed out", null) : Response.redirect(target);
    }

    private static Response error(String redirectUri, Map<String, String> p, String error) {
        String state = p.get("state");
        return Response.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + "error=" + error
                + (state == null ? "" : "&state=" + encode(state)));
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64URL.encode(digest).toString();
    }

    private static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parse(exchange.getRequestURI().getRawQuery(), parameters);
        if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), parameters);
        }
        return parameters;
    }

    private static void parse(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) return;
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.putIfAbsent(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
