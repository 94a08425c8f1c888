package org.g5sahel.pcms.firearms.service;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.FirearmStatus;

/**
 * What a hit reveals of a firearm record to someone who may not read it (DESIGN §2 rule 3): that it exists, who holds
 * it and, when its owner reported it lost or stolen, that status and since when — the owner wants it found.
 *
 * @param status     LOST or STOLEN; null for any other status, which stays the owner's
 * @param reportedOn since when it is reported lost or stolen; null with {@code status}
 */
public record Hit(UUID firearmId, String ownerState, String ownerAgency, FirearmStatus status, LocalDate reportedOn) {

    public Hit {
        if (status != null && !FirearmStatus.REPORTED_MISSING.contains(status)) {
            status = null;
            reportedOn = null;
        }
    }
}
