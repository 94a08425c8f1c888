package org.g5sahel.pcms.training.client;

import java.util.UUID;
import org.g5sahel.pcms.commons.identity.AgencyCode;

/** What training needs of a directory point of contact: who the officer is and which agency (hence State) employs them. */
public record DirectoryContact(UUID id, String fullName, String agencyCode, boolean active) {

    /** The State of the officer's agency: agency codes start with their State's code ({@code NE-OCRTIS} → {@code NE}). */
    public String state() {
        return AgencyCode.stateOf(agencyCode);
    }
}
