package org.g5sahel.pcms.training.model;

import java.util.Set;

public enum NominationStatus {
    NOMINATED,
    ACCEPTED,
    WAITLISTED,
    DECLINED,
    WITHDRAWN,
    COMPLETED,
    NOT_COMPLETED;

    /** Nominations that count against the nominating State's quota. */
    public static final Set<NominationStatus> LIVE = Set.of(NOMINATED, ACCEPTED, WAITLISTED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
