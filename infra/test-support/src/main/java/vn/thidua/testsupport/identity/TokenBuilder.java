package vn.thidua.testsupport.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An access token for a {@link TestUser}, valid by default (signed RS256 with the issuer's key, right issuer,
 * audience and times), with the knobs an attacker turns: another issuer or audience, expired or not yet valid,
 * a missing claim, an unknown key, {@code alg: none}, HMAC keyed with the public key, a payload changed after
 * signing.
 */
public final class TokenBuilder {

    private final RSAKey issuerKey;
    private final JWTClaimsSet.Builder claims;
    private RSAKey signingKey;

    TokenBuilder(RSAKey issuerKey, String issuer, String audience, TestUser user) {
        this.issuerKey = issuerKey;
        this.signingKey = issuerKey;
        Instant now = Instant.now();
        this.claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.userId())
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plusSeconds(1800)))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", user.displayName())
                .claim("preferred_username", user.userId())
                .claim("roles", user.roles())
                .claim("scope", "openid profile");
        if (user.unitId() != null) claims.claim("unit_id", user.unitId());
    }

    public TokenBuilder issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    public TokenBuilder audience(String... audience) {
        claims.audience(List.of(audience));
        return this;
    }

    public TokenBuilder expiresAt(Instant expiry) {
        claims.expirationTime(Date.from(expiry));
        return this;
    }

    public TokenBuilder notBefore(Instant notBefore) {
        claims.notBeforeTime(Date.from(notBefore));
        return this;
    }

    public TokenBuilder issuedAt(Instant issuedAt) {
        claims.issueTime(Date.from(issuedAt));
        return this;
    }

    public TokenBuilder claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    /** Leaves a claim out ({@code sub}, {@code exp}, {@code unit_id}, {@code roles}, ...). */
    public TokenBuilder without(String claim) {
        claims.claim(claim, null);
        return this;
    }

    /** Signed with a fresh key the issuer never published (its key id is unknown to the JWKS). */
    public TokenBuilder signedWithUnknownKey() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("unknown-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Signed with a fresh key that claims the issuer's key id. */
    public TokenBuilder signedWithForeignKeyUnderIssuersKeyId() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID(issuerKey.getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The compact JWS, RS256. */
    public String sign() {
        try {
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: the claims with an empty signature. */
    public String unsigned() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(claims.build().toString()).toString();
        return header + "." + payload + ".";
    }

    /**
     * HS256 keyed with the issuer's public key (the classic confusion attack on verifiers that take the key from
     * the JWKS and the algorithm from the token).
     */
    public String hmacWithPublicKey() {
        try {
            byte[] secret = issuerKey.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload is then replaced (here: the roles and unit), keeping the old signature. */
    public String tamperedPayload(String unitId, List<String> roles) {
        String[] parts = sign().split("\\.");
        JWTClaimsSet tampered = new JWTClaimsSet.Builder(claims.build())
                .claim("unit_id", unitId).claim("roles", roles).build();
        String payload = Base64URL.encode(tampered.toString().getBytes(StandardCharsets.UTF_8)).toString();
        return parts[0] + "." + payload + "." + parts[2];
    }

    private JWSHeader header(JWSAlgorithm algorithm) {
        return new JWSHeader.Builder(algorithm).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build();
    }
}
