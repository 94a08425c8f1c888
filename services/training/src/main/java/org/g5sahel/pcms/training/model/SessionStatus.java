package org.g5sahel.pcms.training.model;

import java.util.Set;

/** The life of a session: planned → open for nominations → full → in progress → completed, or cancelled. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    FULL,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /**
     * The transitions an organiser may ask for. OPEN ⇄ FULL follow the seats and COMPLETED follows the completion
     * assessment: neither is asked for directly.
     */
    public boolean mayBeChangedByOrganiserTo(SessionStatus target) {
        return switch (this) {
            case PLANNED -> Set.of(OPEN, CANCELLED).contains(target);
            case OPEN, FULL -> Set.of(IN_PROGRESS, CANCELLED).contains(target);
            case IN_PROGRESS -> target == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean acceptsNominations() {
        return this == OPEN || this == FULL;
    }
}
