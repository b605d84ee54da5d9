package vn.thidua.review;

import vn.thidua.testsupport.kafka.OrganisationTree;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Forged, broken and stale access tokens are refused with 401 problem+json; the same token done right passes. */
@ReviewTest
class TokenAttackIT {

    private static final TestUser VIEWER = TestUser.of("nguoi-xem-vinh-linh", OrganisationTree.DISTRICT, "VIEWER");

    @Autowired TestRestTemplate http;

    private ResponseEntity<JsonNode> listWith(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return http.exchange("/api/review-cases", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void everyForgedOrBrokenTokenIsUnauthenticated(TestIdentity identity) {
        assertThat(listWith(identity.token(VIEWER)).getStatusCode()).as("the honest token").isEqualTo(HttpStatus.OK);

        Instant now = Instant.now();
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", identity.tokenFor(VIEWER).unsigned());
        attacks.put("expired", identity.tokenFor(VIEWER).issuedAt(now.minusSeconds(3600))
                .notBefore(now.minusSeconds(3600)).expiresAt(now.minusSeconds(600)).sign());
        attacks.put("not yet valid", identity.tokenFor(VIEWER).notBefore(now.plusSeconds(600)).sign());
        attacks.put("wrong issuer", identity.tokenFor(VIEWER).issuer("https://evil.example").sign());
        attacks.put("wrong audience", identity.tokenFor(VIEWER).audience("another-api").sign());
        attacks.put("tampered payload", identity.tokenFor(VIEWER).tamperedPayload("45", List.of("BOARD_OFFICER")));
        attacks.put("unknown key id", identity.tokenFor(VIEWER).signedWithUnknownKey().sign());
        attacks.put("hmac with the public key", identity.tokenFor(VIEWER).hmacWithPublicKey());
        attacks.put("no unit_id", identity.tokenFor(VIEWER).without("unit_id").sign());
        attacks.put("no roles", identity.tokenFor(VIEWER).without("roles").sign());
        attacks.put("no sub", identity.tokenFor(VIEWER).without("sub").sign());

        SoftAssertions softly = new SoftAssertions();
        attacks.forEach((attack, token) -> {
            ResponseEntity<JsonNode> response = listWith(token);
            softly.assertThat(response.getStatusCode()).as(attack).isEqualTo(HttpStatus.UNAUTHORIZED);
            softly.assertThat(String.valueOf(response.getHeaders().getContentType())).as(attack)
                    .startsWith("application/problem+json");
            softly.assertThat(response.getBody() == null ? null : response.getBody().path("code").asText())
                    .as(attack).isEqualTo("unauthenticated");
        });
        softly.assertAll();
    }
}
