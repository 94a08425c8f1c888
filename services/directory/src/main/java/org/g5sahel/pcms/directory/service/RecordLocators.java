package org.g5sahel.pcms.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.commons.audit.RecordLocator;
import org.g5sahel.pcms.directory.repository.ContactRepository;

/** The records the API addresses by id, for auditing attempts refused on them (DESIGN §2 rule 9). */
@ApplicationScoped
class RecordLocators {

    @Produces
    @ApplicationScoped
    RecordLocator contacts(ContactRepository contacts) {
        return RecordLocator.sovereign(contacts, ContactService::audited);
    }
}
