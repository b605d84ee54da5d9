package vn.thidua.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The token signing key (khoá ký): an RSA 2048 key, kept in a JSON JWK set file when one is configured so that a
 * restart keeps the tokens already issued valid, or in memory only.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    /** The key set read from {@code file}, written there first with a fresh key if the file does not exist. */
    static JWKSet load(Path file) {
        if (file == null) {
            log.info("Signing key in memory only: tokens become invalid when the provider restarts");
            return new JWKSet(fresh());
        }
        try {
            if (Files.exists(file)) {
                JWKSet keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (keys.getKeys().isEmpty() || !keys.getKeys().get(0).isPrivate())
                    throw new IllegalStateException("The key file " + file + " holds no private key");
                log.info("Signing key {} read from {}", keys.getKeys().get(0).getKeyID(), file);
                return keys;
            }
            JWKSet keys = new JWKSet(fresh());
            write(file, keys.toString(false));
            log.info("Signing key {} created in {}", keys.getKeys().get(0).getKeyID(), file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The key file " + file + " is not a JSON JWK set", e);
        }
    }

    static RSAKey fresh() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /** Written whole or not at all, readable by its owner only (it holds the private key). */
    private static void write(Path file, String json) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".jwks", ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix"))
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
