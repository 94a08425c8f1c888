package org.g5sahel.pcms.training.model;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    LATE,
    EXCUSED;

    /** A late arrival still attended the day; an excused absence is an absence. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
