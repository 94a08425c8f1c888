package org.g5sahel.pcms.commons.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RevokedTokensTest {

    private final Instant revokedAt =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(400);
    private final RevokedTokens revoked = new RevokedTokens(new TestClock(), () -> Duration.ofMinutes(5));

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aTokenIssuedBeforeOrInTheSecondOfTheRevocationIsRefusedOneIssuedLaterIsNot() {
        revoked.revoke("sub-a", revokedAt);
        Instant sameSecond = revokedAt.truncatedTo(ChronoUnit.SECONDS);

        assertThat(revoked.isRevoked("sub-a", sameSecond.minusSeconds(120))).isTrue();
        assertThat(revoked.isRevoked("sub-a", sameSecond)).isTrue();
        assertThat(revoked.isRevoked("sub-a", sameSecond.plusSeconds(1)))
                .as("signed in again afterwards")
                .isFalse();
        assertThat(revoked.isRevoked("sub-b", sameSecond.minusSeconds(120)))
                .as("another officer")
                .isFalse();
        assertThat(revoked.isRevoked(null, sameSecond)).isFalse();
    }

    @Test
    void theLaterOfTwoRevocationsCounts() {
        revoked.revoke("sub-a", revokedAt);
        revoked.revoke("sub-a", revokedAt.minusSeconds(60));
        assertThat(revoked.isRevoked("sub-a", revokedAt.minusSeconds(30))).isTrue();
        revoked.revoke("sub-a", revokedAt.plusSeconds(60));
        assertThat(revoked.isRevoked("sub-a", revokedAt.plusSeconds(30))).isTrue();
    }

    @Test
    void anEntryGoesOnceEveryTokenItRefusesHasExpired() {
        revoked.revoke("sub-a", revokedAt);
        TestClock.advance(Duration.ofMinutes(5).plusSeconds(2));
        assertThat(revoked.isRevoked("sub-a", revokedAt.minusSeconds(1))).isFalse();
        revoked.revoke("sub-b", Instant.now().plus(Duration.ofMinutes(5).plusSeconds(2)));
        assertThat(revoked.size()).as("the expired entry is dropped").isEqualTo(1);
    }
}
