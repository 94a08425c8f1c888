package org.g5sahel.pcms.alerts.model;

import java.util.Locale;

/** CAP 1.2 {@code certainty} values; CAP writes them capitalised ({@code OBSERVED} is {@code Observed}). */
public enum Certainty {
    OBSERVED,
    LIKELY,
    POSSIBLE,
    UNLIKELY,
    UNKNOWN;

    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Certainty fromCap(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
