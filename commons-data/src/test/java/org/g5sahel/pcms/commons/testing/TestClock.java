package org.g5sahel.pcms.commons.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The services' clock in tests: real time plus an offset a test may move, so that time-based rules are tested without
 * waiting. Tests that move it put it back ({@link #reset()}) so that the others see real time.
 */
public class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock to 09:00 UTC of the given day, from where it runs on. */
    public static void setDay(LocalDate day) {
        offset = Duration.between(Instant.now(), day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Replaces the production clock in every service's tests. */
    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return new TestClock();
        }
    }
}
