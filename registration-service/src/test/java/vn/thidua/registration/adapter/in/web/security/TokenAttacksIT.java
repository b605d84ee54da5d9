package vn.thidua.registration.adapter.in.web.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.platform.security.Refusals;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.identity.TokenBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens an attacker forges or replays, against one endpoint (GET /api/models/{id}): each is refused with 401
 * and problem+json, and every refusal is logged (without the token) and counted.
 */
@RegistrationTest
class TokenAttacksIT {

    /** A district board officer: with a valid token, the same request is answered (404 for an unknown campaign). */
    static final TestUser USER = TestUser.of("ban-dan-van-huyen", "DX198", "BOARD_OFFICER");

    @Autowired TestRestTemplate http;
    @Autowired MeterRegistry meters;

    private final String path = "/api/campaigns/" + UUID.randomUUID();
    private ListAppender<ILoggingEvent> refusalLog;

    @BeforeEach
    void captureRefusals() {
        refusalLog = new ListAppender<>();
        refusalLog.start();
        ((Logger) LoggerFactory.getLogger("vn.thidua.security.refusals")).addAppender(refusalLog);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger("vn.thidua.security.refusals")).detachAppender(refusalLog);
    }

    record Attack(String name, Function<TokenBuilder, String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("unsigned (alg none)", TokenBuilder::unsigned),
                new Attack("expired", t -> t.issuedAt(Instant.now().minusSeconds(7200))
                        .notBefore(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign()),
                new Attack("not yet valid", t -> t.notBefore(Instant.now().plusSeconds(3600))
                        .expiresAt(Instant.now().plusSeconds(7200)).sign()),
                new Attack("wrong issuer", t -> t.issuer("http://localhost:1/gia-mao").sign()),
                new Attack("wrong audience", t -> t.audience("some-other-api").sign()),
                new Attack("tampered payload", t -> t.tamperedPayload("TX45", List.of("BOARD_OFFICER", "ADMINISTRATOR"))),
                new Attack("unknown key id", t -> t.signedWithUnknownKey().sign()),
                new Attack("foreign key under the issuer's key id", t -> t.signedWithForeignKeyUnderIssuersKeyId().sign()),
                new Attack("HMAC keyed with the public key", TokenBuilder::hmacWithPublicKey),
                new Attack("no sub", t -> t.without("sub").sign()),
                new Attack("no unit_id", t -> t.without("unit_id").sign()),
                new Attack("no roles", t -> t.without("roles").sign()));
    }

    private ResponseEntity<JsonNode> get(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization != null) headers.set(HttpHeaders.AUTHORIZATION, authorization);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void aValidTokenGoesThroughAndNoTokenIsA401() {
        assertThat(get(TestIdentity.shared().bearer(USER)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> anonymous = get(null);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aForgedOrStaleTokenIsA401Problem(Attack attack) {
        String token = attack.token().apply(TestIdentity.shared().tokenFor(USER));

        ResponseEntity<JsonNode> response = get("Bearer " + token);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("code").asText()).isEqualTo("unauthenticated");
        assertThat(response.getBody().get("messageVi").asText()).isNotBlank();
        assertThat(response.getBody().get("messageEn").asText()).isNotBlank();
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.getBody().toString()).doesNotContain(token);
    }

    @Test
    void aRefusalIsLoggedWithoutTheTokenAndCounted() {
        String token = TestIdentity.shared().tokenFor(USER).expiresAt(Instant.now().minusSeconds(600))
                .issuedAt(Instant.now().minusSeconds(3600)).notBefore(Instant.now().minusSeconds(3600)).sign();
        double before = refusals("401");

        assertThat(get("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(refusalLog.list).anySatisfy(line -> {
            String message = line.getFormattedMessage();
            assertThat(message).contains("status=401").contains("method=GET").contains("path=" + path)
                    .contains("correlation=");
            assertThat(message).doesNotContain(token).doesNotContain(token.substring(0, 20))
                    .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        });
        assertThat(refusals("401")).as("counted in " + Refusals.METRIC).isEqualTo(before + 1);
    }

    @Test
    void aRefusalOfTheUnitIsA403ThatIsLoggedAndCountedToo() {
        double before = refusals("403");
        TestUser outsider = TestUser.of("can-bo-xa-khac", "DX199", "UNIT_OFFICER");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(outsider));
        ResponseEntity<JsonNode> refused = http.exchange("/api/campaigns/seed-demo", HttpMethod.POST,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("forbidden");
        assertThat(refusals("403")).isEqualTo(before + 1);
        assertThat(refusalLog.list).anySatisfy(line -> assertThat(line.getFormattedMessage())
                .contains("status=403").contains("user=can-bo-xa-khac").contains("unit=DX199"));
    }

    private double refusals(String status) {
        return meters.find(Refusals.METRIC).tag("status", status).counters().stream().mapToDouble(Counter::count).sum();
    }
}
