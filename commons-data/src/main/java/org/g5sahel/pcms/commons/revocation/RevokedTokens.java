package org.g5sahel.pcms.commons.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deny list: for each revoked subject, when its access was withdrawn. A token issued to the subject at or before
 * that time is refused; one issued later (the officer re-enabled and signed in again) is not. An entry is dropped once
 * every token it could refuse has expired (the access-token lifespan after the revocation), so the list stays as
 * small as the revocations of the last few minutes.
 */
@ApplicationScoped
public class RevokedTokens {

    private final Map<String, Instant> revokedAt = new ConcurrentHashMap<>();
    private final Clock clock;
    private final RevocationConfig config;

    public RevokedTokens(Clock clock, RevocationConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Records a revocation; the later of two revocations of the same subject wins. */
    public void revoke(String subject, Instant at) {
        revokedAt.merge(subject, at, (current, next) -> next.isAfter(current) ? next : current);
        forgetExpired();
    }

    /** Whether a token of {@code subject} issued at {@code issuedAt} (the token's {@code iat}) is revoked. */
    public boolean isRevoked(String subject, Instant issuedAt) {
        Instant revoked = subject == null ? null : revokedAt.get(subject);
        // iat has second precision: a token of the revocation's own second is refused.
        return revoked != null && !issuedAt.isAfter(revoked) && !expired(revoked);
    }

    int size() {
        return revokedAt.size();
    }

    private void forgetExpired() {
        revokedAt.values().removeIf(this::expired);
    }

    private boolean expired(Instant revoked) {
        return revoked.plus(config.tokenLifespan()).isBefore(clock.instant());
    }
}
