package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FoundThrough;
import org.g5sahel.pcms.firearms.model.RecoveredHit;

/**
 * A firearm reported lost or stolen, found by another State, as its owner and the finder's State read it: the firearm,
 * how, when, where and why it was found and by which agency. The case and circumstances of the seizure or trace
 * request are not part of it; {@code sourceReference} is what an access request to the finder quotes.
 */
public record RecoveredHitView(
        UUID id,
        UUID firearmId,
        String firearmReference,
        String firearmOwnerState,
        String firearmOwnerAgency,
        FirearmStatus firearmStatus,
        LocalDate reportedOn,
        FoundThrough foundThrough,
        UUID sourceId,
        String sourceReference,
        LocalDate foundOn,
        String place,
        String purpose,
        String finderState,
        String finderAgency,
        String make,
        String serialNumber,
        Instant foundAt) {

    public static RecoveredHitView of(RecoveredHit hit) {
        return new RecoveredHitView(
                hit.id,
                hit.firearmId,
                hit.firearmReference,
                hit.firearmOwnerState,
                hit.firearmOwnerAgency,
                hit.firearmStatus,
                hit.reportedOn,
                hit.foundThrough,
                hit.sourceId,
                hit.sourceReference,
                hit.foundOn,
                hit.place,
                hit.purpose,
                hit.sovereignty.ownerState(),
                hit.sovereignty.ownerAgency(),
                hit.makeAsFound,
                hit.serialAsFound,
                hit.createdAt);
    }
}
