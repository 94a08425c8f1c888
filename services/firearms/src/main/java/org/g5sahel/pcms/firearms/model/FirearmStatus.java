package org.g5sahel.pcms.firearms.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a firearm stands. Destroyed is final: a record is never deleted, and a destroyed firearm cannot be reported
 * lost, stolen or seized again (such a report points to a marking error or a forgery and is refused).
 * <p>
 * A lost or stolen firearm that comes back: {@code FOUND} when its own State finds it; {@code RECOVERED} when another
 * State or agency holds it (a recovered hit told the owner), until it is {@code RETURNED_TO_HOLDER} — licit again —
 * or {@code DESTROYED} where it was found.
 */
public enum FirearmStatus {
    REGISTERED_LICIT,
    LOST,
    STOLEN,
    SEIZED,
    FOUND,
    RECOVERED,
    RETURNED_TO_HOLDER,
    DEACTIVATED,
    DESTROYED;

    /** The statuses a firearm may move to from this one. */
    public Set<FirearmStatus> next() {
        return switch (this) {
            case REGISTERED_LICIT, RETURNED_TO_HOLDER -> EnumSet.of(LOST, STOLEN, SEIZED, DEACTIVATED, DESTROYED);
            case LOST -> EnumSet.of(STOLEN, FOUND, RECOVERED, SEIZED, DESTROYED);
            case STOLEN -> EnumSet.of(FOUND, RECOVERED, SEIZED, DESTROYED);
            case FOUND -> EnumSet.of(REGISTERED_LICIT, LOST, STOLEN, SEIZED, DEACTIVATED, DESTROYED);
            case RECOVERED -> EnumSet.of(RETURNED_TO_HOLDER, LOST, STOLEN, DEACTIVATED, DESTROYED);
            case SEIZED -> EnumSet.of(REGISTERED_LICIT, LOST, STOLEN, DEACTIVATED, DESTROYED);
            case DEACTIVATED -> EnumSet.of(LOST, STOLEN, SEIZED, DESTROYED);
            case DESTROYED -> EnumSet.noneOf(FirearmStatus.class);
        };
    }

    /** Held by its lawful holder: a seizure of it elsewhere is a diversion. */
    public static final Set<FirearmStatus> LICIT = EnumSet.of(REGISTERED_LICIT, RETURNED_TO_HOLDER);

    /** Reported lost or stolen by its owner, who wants to hear of any State finding it. */
    public static final Set<FirearmStatus> REPORTED_MISSING = EnumSet.of(LOST, STOLEN);

    public boolean mayMoveTo(FirearmStatus target) {
        return next().contains(target);
    }
}
