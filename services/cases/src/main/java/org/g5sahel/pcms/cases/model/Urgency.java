package org.g5sahel.pcms.cases.model;

import java.time.Duration;

/** How fast an answer is needed, and the due date it implies when the sender gives none. */
public enum Urgency {
    IMMEDIATE(Duration.ofHours(24)),
    URGENT(Duration.ofDays(3)),
    ROUTINE(Duration.ofDays(15));

    private final Duration defaultDelay;

    Urgency(Duration defaultDelay) {
        this.defaultDelay = defaultDelay;
    }

    public Duration defaultDelay() {
        return defaultDelay;
    }
}
