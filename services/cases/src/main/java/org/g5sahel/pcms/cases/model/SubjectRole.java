package org.g5sahel.pcms.cases.model;

/** A subject's part in the case. Victims, witnesses and smuggled migrants are protected persons. */
public enum SubjectRole {
    SUSPECT,
    ACCOMPLICE,
    FACILITATOR,
    FINANCIER,
    LEADER,
    VICTIM,
    WITNESS,
    SMUGGLED_MIGRANT,
    MEANS,
    PROCEEDS,
    LOCATION;

    public boolean isProtected() {
        return this == VICTIM || this == WITNESS || this == SMUGGLED_MIGRANT;
    }
}
