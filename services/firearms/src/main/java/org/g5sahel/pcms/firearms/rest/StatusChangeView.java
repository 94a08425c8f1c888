package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.StatusChange;

public record StatusChangeView(
        FirearmStatus fromStatus,
        FirearmStatus toStatus,
        LocalDate occurredOn,
        String place,
        String reason,
        UUID recoveredHitId,
        Instant changedAt,
        String changedBy,
        String changedByState,
        String changedByAgency) {

    public static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(
                change.fromStatus,
                change.toStatus,
                change.occurredOn,
                change.place,
                change.reason,
                change.recoveredHitId,
                change.changedAt,
                change.changedBy,
                change.changedByState,
                change.changedByAgency);
    }
}
