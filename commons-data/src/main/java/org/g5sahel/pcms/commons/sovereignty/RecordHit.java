package org.g5sahel.pcms.commons.sovereignty;

import java.util.UUID;

/**
 * A hit / no-hit answer for a record the caller cannot see (DESIGN §2 rule 3): that it exists and who holds it, nothing
 * more. {@code reference} is opaque; the caller quotes it to ask the owner for access.
 */
public record RecordHit(String recordType, UUID reference, String ownerState, String ownerAgency) {

    public static RecordHit of(String recordType, UUID reference, Sovereignty sovereignty) {
        return new RecordHit(recordType, reference, sovereignty.ownerState(), sovereignty.ownerAgency());
    }
}
