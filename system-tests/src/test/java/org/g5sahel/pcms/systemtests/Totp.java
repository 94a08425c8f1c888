package org.g5sahel.pcms.systemtests;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time codes as an authenticator app computes them, with the realm's policy: HMAC-SHA1, 6
 * digits, 30 s steps. Keycloak's default secret encoding makes the HMAC key the secret's own bytes.
 */
final class Totp {

    /** The secret every demo user of the development realm is enrolled with (keycloak/README.md). */
    static final String DEMO_SECRET = "PCMSDEMOPCMSDEMO";

    private Totp() {
    }

    static String code(String secret) {
        return code(secret, Instant.now());
    }

    static String code(String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JRE", e);
        }
    }

    /** A code that is not the current one nor a neighbour the realm's look-ahead window accepts. */
    static String wrongCode(String secret) {
        Instant now = Instant.now();
        String wrong = "000000";
        for (int candidate = 0; candidate < 10; candidate++) {
            wrong = String.format("%06d", candidate * 111_111);
            String guess = wrong;
            boolean accepted = false;
            for (int step = -1; step <= 1; step++) {
                accepted |= code(secret, now.plusSeconds(30L * step)).equals(guess);
            }
            if (!accepted) {
                return wrong;
            }
        }
        return wrong;
    }
}
