package org.g5sahel.pcms.alerts.model;

import java.util.Locale;

/** CAP 1.2 {@code urgency} values; CAP writes them capitalised ({@code IMMEDIATE} is {@code Immediate}). */
public enum Urgency {
    IMMEDIATE,
    EXPECTED,
    FUTURE,
    PAST,
    UNKNOWN;

    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Urgency fromCap(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
