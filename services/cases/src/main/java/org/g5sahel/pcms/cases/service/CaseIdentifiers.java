package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.repository.SubjectRepository;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.matching.NameMatching;

/**
 * A case's strong identifiers for the cross-registry correlation index, published again whenever they or the case's
 * discoverability change, and withdrawn when the case is archived. The items are its subjects, but never a protected
 * person (victim, witness, smuggled migrant, minor), who stays out of correlation as in the case-to-case one. A
 * person's names with a full date of birth are published as the matching module keys them
 * ({@link IdentifierKeys#nameAndBirthDate}): a possible match, never a hit.
 */
@ApplicationScoped
public class CaseIdentifiers {

    static final String SUBJECT = "subject";

    private final NameMatching matching = NameMatching.standard();
    private final SubjectRepository subjects;
    private final IdentifierKeys keys;
    private final IdentifierFeed feed;

    public CaseIdentifiers(SubjectRepository subjects, IdentifierKeys keys, IdentifierFeed feed) {
        this.subjects = subjects;
        this.keys = keys;
        this.feed = feed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(InvestigationCase investigation) {
        if (investigation.status == CaseStatus.ARCHIVED) {
            feed.withdraw(
                    CaseService.RECORD_TYPE, investigation.id, investigation.reference, investigation.sovereignty);
            return;
        }
        String homeState = investigation.sovereignty.ownerState();
        IdentifierFeed.Items items = new IdentifierFeed.Items();
        for (Subject subject : subjects.ofCase(investigation.id)) {
            if (!subject.protectedIdentity) {
                add(items, subject, homeState);
            }
        }
        feed.publish(
                CaseService.RECORD_TYPE, investigation.id, investigation.reference, investigation.sovereignty, items);
    }

    /** A plate recorded without its country is taken as one of the State that recorded it. */
    private void add(IdentifierFeed.Items items, Subject subject, String homeState) {
        SubjectDetails details = subject.details;
        if (details.person() != null && details.person().documents() != null) {
            details.person()
                    .documents()
                    .forEach(document ->
                            items.add(subject.id, SUBJECT, keys.document(document.type(), document.number())));
        }
        if (details.person() != null) {
            items.addAll(
                    subject.id,
                    SUBJECT,
                    keys.nameAndBirthDate(
                            PossibleMatches.names(details.person()),
                            details.person().dateOfBirth(),
                            matching.keysVersion(),
                            matching::strictKeysByWord));
        }
        if (details.vehicle() != null) {
            SubjectDetails.Vehicle vehicle = details.vehicle();
            items.add(
                    subject.id,
                    SUBJECT,
                    keys.vehiclePlate(
                            vehicle.plate(),
                            vehicle.registrationCountry() == null ? homeState : vehicle.registrationCountry()));
            items.add(subject.id, SUBJECT, keys.vin(vehicle.vin()));
        }
        if (details.phone() != null) {
            items.add(subject.id, SUBJECT, keys.phone(details.phone().number(), homeState));
        }
        if (details.account() != null) {
            SubjectDetails.Account account = details.account();
            items.add(
                    subject.id,
                    SUBJECT,
                    "MOBILE_MONEY".equals(account.type())
                            ? keys.phone(account.number(), homeState)
                            : keys.bankAccount(account.number()));
        }
        if (details.firearm() != null) {
            items.add(
                    subject.id,
                    SUBJECT,
                    keys.firearm(details.firearm().make(), details.firearm().serialNumber()));
        }
    }
}
