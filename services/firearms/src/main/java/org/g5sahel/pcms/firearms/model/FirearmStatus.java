package org.g5sahel.pcms.firearms.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a firearm stands. Destroyed is final: a record is never deleted, and a destroyed firearm cannot be reported
 * lost, stolen or seized again (such a report points to a marking error or a forgery and is refused).
 */
public enum FirearmStatus {
    REGISTERED_LICIT, LOST, STOLEN, SEIZED, FOUND, DEACTIVATED, DESTROYED;

    /** The statuses a firearm may move to from this one. */
    public Set<FirearmStatus> next() {
        return switch (this) {
            case REGISTERED_LICIT -> EnumSet.of(LOST, STOLEN, SEIZED, DEACTIVATED, DESTROYED);
            case LOST -> EnumSet.of(STOLEN, FOUND, SEIZED, DESTROYED);
            case STOLEN -> EnumSet.of(FOUND, SEIZED, DESTROYED);
            case FOUND -> EnumSet.of(REGISTERED_LICIT, LOST, STOLEN, SEIZED, DEACTIVATED, DESTROYED);
            case SEIZED -> EnumSet.of(REGISTERED_LICIT, LOST, STOLEN, DEACTIVATED, DESTROYED);
            case DEACTIVATED -> EnumSet.of(LOST, STOLEN, SEIZED, DESTROYED);
            case DESTROYED -> EnumSet.noneOf(FirearmStatus.class);
        };
    }

    public boolean mayMoveTo(FirearmStatus target) {
        return next().contains(target);
    }
}
