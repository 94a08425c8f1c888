package org.g5sahel.pcms.firearms.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.FirearmStatus;

/**
 * A hit as the finder reads it (DESIGN §2 rule 3): a record exists, who holds it, whether its owner reported it lost or
 * stolen and since when, and how to reach the owner's 24/7 desk — nothing more of a record the finder may not read.
 * Which of the finder's items matched is where the hit stands: the seizure's item, the search, the trace request.
 *
 * @param reference what an access request to the owner quotes
 * @param status    LOST or STOLEN when so reported; null otherwise (the record's status stays the owner's)
 * @param contact   the owner agency's 24/7 desk from the directory; its code alone when the directory cannot say
 * @param message   the same in one sentence, in the caller's language
 */
public record FirearmHitView(
        String recordType,
        UUID reference,
        String ownerState,
        String ownerAgency,
        FirearmStatus status,
        LocalDate reportedOn,
        Contact contact,
        String message) {

    public record Contact(String agency, String name, String deskPhone, String deskEmail, String deskHours) {}
}
