package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.DiversionNotice;

/**
 * A diversion as the matched record's State reads it: its firearm, seized when and by whom. The seizure's place, case
 * and circumstances are not part of it; {@code seizureId} is what an access request to the seizing agency quotes.
 */
public record DiversionNoticeView(
        UUID id,
        UUID seizureId,
        LocalDate seizedOn,
        String seizingState,
        String seizingAgency,
        UUID firearmId,
        String firearmReference,
        String firearmOwnerState,
        String firearmOwnerAgency,
        String make,
        String serialNormalised,
        Instant detectedAt) {

    public static DiversionNoticeView of(DiversionNotice notice) {
        return new DiversionNoticeView(
                notice.id,
                notice.seizureId,
                notice.seizedOn,
                notice.sovereignty.ownerState(),
                notice.sovereignty.ownerAgency(),
                notice.matchedFirearmId,
                notice.matchedReference,
                notice.matchedOwnerState,
                notice.matchedOwnerAgency,
                notice.make,
                notice.serialNormalised,
                notice.createdAt);
    }
}
