package org.g5sahel.pcms.systemtests;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time codes as an authenticator app computes them, with the realm's policy: HMAC-SHA1, 6
 * digits, 30 s steps. Keycloak's default secret encoding makes the HMAC key the secret's own bytes.
 */
final class Totp {

    /** The secret every demo user of the development realm is enrolled with (keycloak/README.md). */
    static final String DEMO_SECRET = "PCMSDEMOPCMSDEMO";

    private Totp() {}

    static String code(String secret) {
        return code(secret, Instant.now());
    }

    static String code(String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES)
                    .putLong(at.getEpochSecond() / 30)
                    .array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JRE", e);
        }
    }

    /** A code that is neither the current one nor a neighbour the realm's look-ahead window of one step accepts. */
    static String wrongCode(String secret) {
        Instant now = Instant.now();
        Set<String> accepted = Stream.of(-30, 0, 30)
                .map(shift -> code(secret, now.plusSeconds(shift)))
                .collect(Collectors.toSet());
        return IntStream.range(0, 10)
                .mapToObj(digit -> String.valueOf(digit).repeat(6))
                .filter(candidate -> !accepted.contains(candidate))
                .findFirst()
                .orElseThrow();
    }
}
