package org.g5sahel.pcms.firearms.model;

import java.time.Period;

/** How soon a trace request needs its answer, and the due date it gets when the requester names none. */
public enum Urgency {
    ROUTINE(Period.ofDays(30)),
    URGENT(Period.ofDays(7));

    private final Period defaultDelay;

    Urgency(Period defaultDelay) {
        this.defaultDelay = defaultDelay;
    }

    public Period defaultDelay() {
        return defaultDelay;
    }
}
