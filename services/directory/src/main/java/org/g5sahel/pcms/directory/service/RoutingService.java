package org.g5sahel.pcms.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.model.Contact;
import org.g5sahel.pcms.directory.repository.AgencyFilter;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.repository.ContactRepository;

/** "Who handles firearms in Niger?": the active agencies of a State with a competence, and their reachable contacts. */
@ApplicationScoped
public class RoutingService {

    /** A routing answer: one agency, its 24/7 desk and the contacts the caller may see. */
    public record Route(Agency agency, List<Contact> contacts) {}

    private final AgencyRepository agencies;
    private final ContactRepository contacts;
    private final AuditLog auditLog;

    public RoutingService(AgencyRepository agencies, ContactRepository contacts, AuditLog auditLog) {
        this.agencies = agencies;
        this.contacts = contacts;
        this.auditLog = auditLog;
    }

    @Transactional
    public List<Route> route(Caller caller, String state, Competence competence) {
        List<Agency> handling =
                agencies.search(new AgencyFilter(state, null, competence, Agency.Status.ACTIVE, null), null, 100);
        Map<String, List<Contact>> byAgency =
                contacts
                        .forRouting(
                                caller,
                                handling.stream().map(agency -> agency.code).toList(),
                                competence)
                        .stream()
                        .collect(Collectors.groupingBy(contact -> contact.agencyCode));
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                byAgency.values().stream()
                        .flatMap(List::stream)
                        .map(contact -> ContactService.audited(contact))
                        .toList(),
                "routing " + competence);
        return handling.stream()
                .map(agency -> new Route(agency, byAgency.getOrDefault(agency.code, List.of())))
                .toList();
    }
}
