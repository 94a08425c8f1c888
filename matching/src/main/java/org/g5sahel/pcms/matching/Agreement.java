package org.g5sahel.pcms.matching;

/** How a second signal (date of birth, nationality, document) of the query agrees with the listed one's. */
public enum Agreement {
    /** The same. */
    MATCH,
    /** Compatible, not proven the same: the same year of birth where one side gives the year only. */
    PARTIAL,
    /** Different. */
    CONFLICT,
    /** Not given on one side. */
    UNKNOWN;

    boolean supports() {
        return this == MATCH || this == PARTIAL;
    }
}
