package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the development identity provider for scripts and tests that act as a demo user: the password
 * grant of its public command-line client {@code thidua-cli} (development only; a browser signs in with the
 * authorization code flow instead). Tokens are reused until shortly before they expire.
 */
public final class PasswordGrantTokens {

    public static final String CLI_CLIENT_ID = "thidua-cli";

    private record Token(String value, Instant expiresAt) {
    }

    private final String identityUrl;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** @param identityUrl the provider, e.g. {@code http://localhost:9000}; {@code password} of every demo user */
    public PasswordGrantTokens(String identityUrl, String password) {
        this.identityUrl = identityUrl;
        this.password = password;
    }

    /** {@code Bearer <access token>} of {@code username}. */
    public String bearer(String username) {
        Token token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.expiresAt().minusSeconds(30))) {
            token = fetch(username);
            tokens.put(username, token);
        }
        return "Bearer " + token.value();
    }

    private Token fetch(String username) {
        String form = "grant_type=password&client_id=" + CLI_CLIENT_ID + "&username=" + encode(username)
                + "&password=" + encode(password);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Không đăng nhập được / Sign-in of " + username + " refused by "
                        + identityUrl + " (" + response.statusCode() + "): " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            return new Token(body.path("access_token").asText(),
                    Instant.now().plusSeconds(body.path("expires_in").asLong(300)));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + identityUrl + "/oauth2/token: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
