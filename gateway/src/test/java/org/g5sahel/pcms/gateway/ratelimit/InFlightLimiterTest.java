package org.g5sahel.pcms.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightLimiterTest {

    @Test
    void refusesACallerAtTheCapAndAdmitsItAgainOnceASlotIsFree() {
        InFlightLimiter limiter = new InFlightLimiter(true, 2);
        List<InFlightLimiter.Slot> slots = new ArrayList<>();
        slots.add(limiter.tryAcquire("web alice").orElseThrow());
        slots.add(limiter.tryAcquire("web alice").orElseThrow());

        assertThat(limiter.tryAcquire("web alice")).isEmpty();
        assertThat(limiter.tryAcquire("web bob")).isPresent();

        slots.get(0).release();
        assertThat(limiter.tryAcquire("web alice")).isPresent();
    }

    @Test
    void countsASlotReleasedTwiceOnce() {
        InFlightLimiter limiter = new InFlightLimiter(true, 2);
        InFlightLimiter.Slot first = limiter.tryAcquire("web alice").orElseThrow();
        limiter.tryAcquire("web alice").orElseThrow();

        first.release();
        first.release();

        assertThat(limiter.inFlight("web alice")).isEqualTo(1);
    }

    @Test
    void admitsEverythingWhenDisabled() {
        InFlightLimiter limiter = new InFlightLimiter(false, 1);
        for (int request = 0; request < 100; request++) {
            assertThat(limiter.tryAcquire("bench user")).isPresent();
        }
    }
}
