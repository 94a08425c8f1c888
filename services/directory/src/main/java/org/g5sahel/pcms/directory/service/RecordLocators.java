package org.g5sahel.pcms.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.directory.model.Contact;
import org.g5sahel.pcms.directory.repository.ContactRepository;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4) and the retention review: a point of contact no longer needed is deleted (nothing
 * rests on it).
 */
@ApplicationScoped
class RecordLocators {

    @Produces
    @Singleton
    SovereignKind<Contact> contacts(ContactRepository contacts) {
        return SovereignKind.of(contacts, record -> record.sovereignty, ContactService::audited)
                .deletedBy(contacts::delete);
    }
}
