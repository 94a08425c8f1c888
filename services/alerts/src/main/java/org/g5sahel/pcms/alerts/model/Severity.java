package org.g5sahel.pcms.alerts.model;

import java.util.Locale;

/** CAP 1.2 {@code severity} values; CAP writes them capitalised ({@code EXTREME} is {@code Extreme}). */
public enum Severity {
    EXTREME,
    SEVERE,
    MODERATE,
    MINOR,
    UNKNOWN;

    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Severity fromCap(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
