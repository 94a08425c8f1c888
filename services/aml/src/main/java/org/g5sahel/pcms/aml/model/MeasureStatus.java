package org.g5sahel.pcms.aml.model;

import java.util.Set;

/**
 * Life of an asset measure: ordered by an authority, executed by the institution holding the asset, then lifted (the
 * asset is released) or, for confiscations, enforced (ownership passed to the State). Lifted and enforced are final.
 */
public enum MeasureStatus {
    ORDERED,
    EXECUTED,
    LIFTED,
    ENFORCED;

    public boolean mayBecome(MeasureStatus next, MeasureKind kind) {
        return switch (this) {
            case ORDERED -> Set.of(EXECUTED, LIFTED).contains(next);
            case EXECUTED -> next == LIFTED || (next == ENFORCED && kind == MeasureKind.CONFISCATION);
            case LIFTED, ENFORCED -> false;
        };
    }
}
