package org.g5sahel.pcms.commons.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The services' clock, injected rather than read directly so that tests move time (expiry, escalation, back-off, due
 * dates, session and certificate days) instead of waiting.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
