package org.g5sahel.pcms.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Duration OPEN_DURATION = Duration.ofSeconds(30);

    private final AtomicLong clock = new AtomicLong(1_000);
    private final CircuitBreaker breaker = new CircuitBreaker(3, OPEN_DURATION, clock::get);

    @Test
    void startsClosedAndPermitsCalls() {
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire().permitted()).isTrue();
    }

    @Test
    void opensAfterConsecutiveFailures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        fail(1);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        CircuitBreaker.Permit refused = breaker.tryAcquire();
        assertThat(refused.permitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(OPEN_DURATION);
    }

    @Test
    void successResetsTheFailureCount() {
        fail(2);
        succeed();
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void announcesRemainingOpenTime() {
        fail(3);
        advance(Duration.ofSeconds(20));

        assertThat(breaker.tryAcquire().retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void letsOneTrialCallThroughAfterTheOpenDuration() {
        fail(3);
        advance(OPEN_DURATION);

        assertThat(breaker.tryAcquire().permitted()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire().permitted())
                .as("second call during the trial")
                .isFalse();
    }

    @Test
    void closesWhenTheTrialSucceeds() {
        fail(3);
        advance(OPEN_DURATION);
        breaker.tryAcquire();

        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire().permitted()).isTrue();
    }

    @Test
    void reopensWhenTheTrialFails() {
        fail(3);
        advance(OPEN_DURATION);
        breaker.tryAcquire();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire().retryAfter()).isEqualTo(OPEN_DURATION);
    }

    @Test
    void releasedTrialLetsAnotherTrialThrough() {
        fail(3);
        advance(OPEN_DURATION);
        breaker.tryAcquire();

        breaker.release();

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire().permitted()).isTrue();
    }

    @Test
    void ignoresLateOutcomesWhileOpen() {
        fail(3);

        breaker.onSuccess();
        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire().retryAfter()).isEqualTo(OPEN_DURATION);
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CircuitBreaker(0, OPEN_DURATION, clock::get));
        assertThatIllegalArgumentException().isThrownBy(() -> new CircuitBreaker(1, Duration.ZERO, clock::get));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire().permitted()).isTrue();
            breaker.onFailure();
        }
    }

    private void succeed() {
        assertThat(breaker.tryAcquire().permitted()).isTrue();
        breaker.onSuccess();
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }
}
