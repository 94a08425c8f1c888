package org.g5sahel.pcms.directory.rest;

import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.directory.model.Contact;

public record ContactView(
        UUID id,
        String agencyCode,
        String fullName,
        String rank,
        String function,
        List<String> languages,
        List<String> phones,
        String secureEmail,
        String availability,
        List<String> competences,
        boolean liaisonOfficer,
        boolean active,
        SovereigntyView sharing,
        long version) {

    public static ContactView of(Contact contact) {
        return new ContactView(
                contact.id,
                contact.agencyCode,
                contact.fullName,
                contact.rank,
                contact.function,
                List.copyOf(contact.languages),
                List.copyOf(contact.phones),
                contact.secureEmail,
                contact.availability,
                List.copyOf(contact.competences),
                contact.liaisonOfficer,
                contact.active,
                SovereigntyView.of(contact.sovereignty),
                contact.version);
    }
}
