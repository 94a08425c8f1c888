package org.g5sahel.pcms.alerts.model;

/** CAP 1.2 {@code category} values. */
public enum CapCategory {
    GEO("Geo"),
    MET("Met"),
    SAFETY("Safety"),
    SECURITY("Security"),
    RESCUE("Rescue"),
    FIRE("Fire"),
    HEALTH("Health"),
    ENV("Env"),
    TRANSPORT("Transport"),
    INFRA("Infra"),
    CBRNE("CBRNE"),
    OTHER("Other");

    private final String cap;

    CapCategory(String cap) {
        this.cap = cap;
    }

    public String cap() {
        return cap;
    }

    public static CapCategory fromCap(String value) {
        for (CapCategory category : values()) {
            if (category.cap.equals(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown CAP category " + value);
    }
}
