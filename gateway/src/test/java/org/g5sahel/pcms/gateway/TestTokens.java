package org.g5sahel.pcms.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens for tests, shaped like Keycloak's for the {@code pcms} realm and signed with the test key whose
 * public half the gateway trusts.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.pcms/realms/pcms";
    public static final String AUDIENCE = "pcms-api";

    private final PrivateKey signingKey;

    TestTokens(PrivateKey signingKey) {
        this.signingKey = signingKey;
    }

    /**
     * A valid token for a new subject (each test gets its own rate-limit bucket).
     */
    public String valid() {
        return valid("user-" + UUID.randomUUID());
    }

    public String valid(String subject) {
        return claims(subject).sign(signingKey);
    }

    public String expired() {
        return claims("user-expired")
                .issuedAt(Instant.now().minusSeconds(7_200))
                .expiresAt(Instant.now().minusSeconds(3_600))
                .sign(signingKey);
    }

    public String withIssuer(String issuer) {
        return claims("user-issuer").issuer(issuer).sign(signingKey);
    }

    public String withAudience(String audience) {
        return claims("user-audience").audience(audience).sign(signingKey);
    }

    /**
     * A valid token whose payload was changed after signing (another subject, more roles).
     */
    public String tampered() {
        String[] parts = valid("user-honest").split("\\.");
        String forgedPayload = encode(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("user-honest", "user-forged"));
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }

    /**
     * An unsigned token ({@code "alg": "none"}) with otherwise valid claims.
     */
    public String unsigned() {
        String[] parts = valid("user-unsigned").split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    private static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("azp", "pcms-web")
                .claim("pcms_state", "NE")
                .claim("pcms_agency", "NE-OCRTIS")
                .claim("realm_access", Map.of("roles", List.of("investigator")))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
