package org.g5sahel.pcms.alerts.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's clock, injected so that tests move time (expiry, escalation, webhook back-off) instead of waiting. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
