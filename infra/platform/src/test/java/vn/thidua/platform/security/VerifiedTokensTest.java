package vn.thidua.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is checked once; its expiry still counts on every request; other tokens are checked in full. */
class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-08T02:00:00Z");

    private final KeyPair keys = rsaKeys();
    private final MovableClock clock = new MovableClock(ISSUED);
    private final JwtTimestampValidator timestamps = timestamps(clock);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifiedTokens = new VerifiedTokens(counting(), timestamps);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws Exception {
        String token = sign(keys, "canbo.vinhlinh", ISSUED.plus(Duration.ofMinutes(5)));

        Jwt first = verifiedTokens.decode(token);
        Jwt second = verifiedTokens.decode(token);

        assertThat(second.getSubject()).isEqualTo("canbo.vinhlinh").isEqualTo(first.getSubject());
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() throws Exception {
        String token = sign(keys, "canbo.vinhlinh", ISSUED.plus(Duration.ofMinutes(5)));
        verifiedTokens.decode(token);

        clock.now = ISSUED.plus(Duration.ofMinutes(6));

        assertThatThrownBy(() -> verifiedTokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> verifiedTokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedEvenForAKnownSubject() throws Exception {
        verifiedTokens.decode(sign(keys, "canbo.vinhlinh", ISSUED.plus(Duration.ofMinutes(5))));
        String forged = sign(rsaKeys(), "canbo.vinhlinh", ISSUED.plus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> verifiedTokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> verifiedTokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }

    private JwtDecoder counting() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        nimbus.setJwtValidator(timestamps);
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private static JwtTimestampValidator timestamps(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static String sign(KeyPair keys, String subject, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
