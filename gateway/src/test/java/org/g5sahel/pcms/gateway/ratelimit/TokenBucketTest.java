package org.g5sahel.pcms.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsTheBurstAtOnceThenRefuses() {
        TokenBucket bucket = new TokenBucket(1, 3, 0);

        assertThat(bucket.tryConsume(0)).isZero();
        assertThat(bucket.tryConsume(0)).isZero();
        assertThat(bucket.tryConsume(0)).isZero();
        assertThat(bucket.tryConsume(0)).isEqualTo(SECOND);
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.tryConsume(0);

        assertThat(bucket.tryConsume(SECOND / 4))
                .as("wait for the rest of the half second")
                .isEqualTo(SECOND / 4);
        assertThat(bucket.tryConsume(SECOND / 2)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        long later = 3_600 * SECOND;

        assertThat(bucket.tryConsume(later)).isZero();
        assertThat(bucket.tryConsume(later)).isZero();
        assertThat(bucket.tryConsume(later)).isPositive();
    }

    @Test
    void announcesLongWaitsForSlowRates() {
        TokenBucket bucket = new TokenBucket(0.01, 1, 0);
        bucket.tryConsume(0);

        assertThat(bucket.tryConsume(0)).isEqualTo(100 * SECOND);
    }

    @Test
    void isFullOnlyOnceRefilled() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        bucket.tryConsume(0);

        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }

    @Test
    void ignoresClockGoingBackwards() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.tryConsume(10 * SECOND);

        assertThat(bucket.tryConsume(5 * SECOND)).isEqualTo(SECOND);
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(0, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(Double.NaN, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(1, 0, 0));
    }
}
