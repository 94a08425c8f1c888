package org.g5sahel.pcms.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.Audiences;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingChanges;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.model.Contact;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.repository.ContactRepository;

/**
 * Points of contact: sovereign records (default distribution G5) maintained by the national coordinator of the
 * contact's State. Reads by anyone outside the owning agency are audited.
 */
@ApplicationScoped
public class ContactService {

    static final String RECORD_TYPE = "contact";
    /** Nominal data: the owner re-confirms after five years (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);

    private static final SharingChanges.Kind<Contact> SHARED = SharingChanges.Kind.of(
            ContactService::audited,
            contact -> contact.sovereignty,
            contact -> contact.version,
            (contact, now) -> contact.updatedAt = now);

    private final ContactRepository contacts;
    private final AgencyRepository agencies;
    private final AuditLog auditLog;
    private final Audiences audiences;
    private final Clock clock;
    private final SharingChanges sharingChanges;

    public ContactService(
            ContactRepository contacts,
            AgencyRepository agencies,
            AuditLog auditLog,
            Audiences audiences,
            Clock clock,
            SharingChanges sharingChanges) {
        this.contacts = contacts;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.audiences = audiences;
        this.clock = clock;
        this.sharingChanges = sharingChanges;
    }

    @Transactional
    public List<Contact> search(
            Caller caller,
            String agencyCode,
            String state,
            Competence competence,
            String query,
            String afterSortKey,
            int fetch) {
        List<Contact> found = contacts.search(
                caller,
                agencyCode,
                state,
                competence,
                query == null ? null : SearchText.containsPattern(query),
                afterSortKey,
                fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(ContactService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public Contact get(Caller caller, UUID id) {
        Contact contact = contacts.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(contact)), null);
        return contact;
    }

    @Transactional
    public Contact create(Caller caller, ContactCommand request) {
        Agency agency = agencyOf(request.agencyCode());
        requireCoordinatorOf(caller, agency.state);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.agencyCode = agency.code;
        contact.createdAt = clock.instant();
        contact.sovereignty =
                Sovereignty.ownedBy(caller, request.sharing(), Distribution.G5, REVIEW_PERIOD, LocalDate.now(clock));
        apply(contact, request);
        contacts.persist(contact);
        auditLog.record(caller, AuditAction.CREATE, audited(contact), null, "OK");
        return contact;
    }

    @Transactional
    public Contact update(Caller caller, UUID id, String ifMatch, ContactCommand request) {
        Contact contact = contacts.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        requireCoordinatorOf(caller, contact.sovereignty.ownerState());
        Versions.requireMatch(ifMatch, contact.version);
        if (!contact.agencyCode.equals(request.agencyCode())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("agencyCode", "contact.agency-immutable")),
                    "validation-failed.detail",
                    1);
        }
        apply(contact, request);
        contacts.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(contact), null, "OK");
        return contact;
    }

    /**
     * A partial change of the contact, through the same rules as {@link #update}: {@code patched} turns the contact,
     * once the caller may change it, into its whole new description.
     */
    @Transactional
    public Contact patch(Caller caller, UUID id, String ifMatch, Function<Contact, ContactCommand> patched) {
        Contact contact = contacts.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        requireCoordinatorOf(caller, contact.sovereignty.ownerState());
        return update(caller, id, ifMatch, patched.apply(contact));
    }

    /** Rule 1: the owning agency or the national coordinator of the owning State, nobody else. */
    @Transactional
    public Contact changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        return sharingChanges
                .change(caller, contacts.findVisibleById(caller, id), ifMatch, terms, SHARED)
                .record();
    }

    /** Who can see the contact today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        Contact contact = contacts.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.of(caller, audited(contact), contact.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        Contact contact = contacts.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.preview(caller, audited(contact), contact.sovereignty, terms, readableBy(id));
    }

    /** The read check of {@link #get}, for any caller. */
    private Predicate<Caller> readableBy(UUID id) {
        return reader -> contacts.findVisibleById(reader, id).isPresent();
    }

    private void apply(Contact contact, ContactCommand request) {
        contact.fullName = request.fullName().strip();
        contact.rank = request.rank();
        contact.function = request.function();
        contact.languages = new ArrayList<>(request.languages() == null ? List.of() : request.languages());
        contact.phones = new ArrayList<>(request.phones() == null ? List.of() : request.phones());
        contact.secureEmail = request.secureEmail();
        contact.availability = request.availability();
        contact.competences = new ArrayList<>(
                request.competences() == null
                        ? List.of()
                        : request.competences().stream()
                                .distinct()
                                .map(Competence::name)
                                .sorted()
                                .toList());
        contact.liaisonOfficer = request.liaisonOfficer();
        contact.active = request.active() == null || request.active();
        contact.searchText = SearchText.of(contact.fullName, contact.function, contact.rank, contact.agencyCode);
        contact.sortKey = SearchText.fold(contact.fullName) + "\u0001" + contact.id;
        contact.updatedAt = clock.instant();
    }

    private Agency agencyOf(String code) {
        return agencies.findByIdOptional(code)
                .filter(agency -> agency.status == Agency.Status.ACTIVE)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("agencyCode", "contact.unknown-agency")),
                        "validation-failed.detail",
                        1));
    }

    private static void requireCoordinatorOf(Caller caller, String state) {
        if (!caller.isNationalCoordinatorOf(state)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "contact.not-your-state", state);
        }
    }

    static AuditedRecord audited(Contact contact) {
        return AuditedRecord.of(RECORD_TYPE, contact.id, contact.sovereignty, null, contact.fullName);
    }
}
