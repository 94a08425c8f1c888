package org.g5sahel.pcms.alerts.model;

/**
 * CAP 1.2 {@code status}: whether a message is to be acted on. Distinct from the platform's workflow
 * {@link AlertStatus}: an exercise stays an exercise from its import to every export, and only {@code Actual} messages
 * are escalated.
 */
public enum CapStatus {
    Actual,
    Exercise,
    System,
    Test,
    Draft;

    /** Only real alerts are escalated when nobody acknowledges them. */
    public boolean isActual() {
        return this == Actual;
    }
}
