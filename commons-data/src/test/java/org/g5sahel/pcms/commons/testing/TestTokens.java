package org.g5sahel.pcms.commons.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Signs access tokens for service tests with a key pair made for the test JVM: services verify them exactly as they
 * verify Keycloak's (issuer, signature, expiry, audience), only the key is configured directly. The key pair lives in
 * system properties because Quarkus loads test resources and tests in different class loaders.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.pcms/realms/pcms";
    public static final String AUDIENCE = "pcms-api";

    private static final String PRIVATE_KEY_PROPERTY = "test-tokens.private-key";
    private static final String PUBLIC_KEY_PROPERTY = "test-tokens.public-key";

    private TestTokens() {}

    /** A valid token for a user of {@code agency} (its State is the agency code's prefix). */
    public static String forUser(String username, String agency, String... roles) {
        return claims(username, agency.substring(0, agency.indexOf('-')), agency, roles)
                .sign(privateKey());
    }

    /** Claims of a valid token, to be altered by attack tests before signing with {@link #privateKey()}. */
    public static JwtClaimsBuilder claims(String username, String state, String agency, String... roles) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + username)
                .claim("preferred_username", username)
                .claim("azp", "pcms-cli")
                .claim("realm_access", Map.of("roles", Arrays.asList(roles)))
                // Test classes keep their tokens in constants for the whole suite, which may run long on a busy
                // machine.
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(2)));
        if (state != null) {
            claims.claim("pcms_state", state);
        }
        if (agency != null) {
            claims.claim("pcms_agency", agency);
        }
        return claims;
    }

    /** Base64 X.509 public key, for {@code quarkus.oidc.public-key}. */
    public static synchronized String publicKey() {
        ensureKeyPair();
        return System.getProperty(PUBLIC_KEY_PROPERTY);
    }

    public static synchronized PrivateKey privateKey() {
        ensureKeyPair();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureKeyPair() {
        if (System.getProperty(PRIVATE_KEY_PROPERTY) != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            System.setProperty(
                    PUBLIC_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            System.setProperty(
                    PRIVATE_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
