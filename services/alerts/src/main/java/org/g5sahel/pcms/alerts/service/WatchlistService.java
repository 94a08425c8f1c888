package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.g5sahel.pcms.alerts.model.WatchlistDetails;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.CheckDigits;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.Audiences;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingChanges;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.matching.NameMatching;

/** Watch-list entries: validated per kind (check digits), normalised for screening, owned and shared like any record. */
@ApplicationScoped
public class WatchlistService {

    static final String RECORD_TYPE = "watchlist-entry";
    /** Nominal data: five years before the owner must confirm the entry is still needed (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);

    private static final SharingChanges.Kind<WatchlistEntry> SHARED = SharingChanges.Kind.of(
            WatchlistService::audited,
            entry -> entry.sovereignty,
            entry -> entry.version,
            (entry, now) -> entry.updatedAt = now);

    private final WatchlistRepository entries;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Audiences audiences;
    private final IdentifierKeys identifierKeys;
    private final IdentifierFeed identifierFeed;
    private final SharingChanges sharingChanges;

    public WatchlistService(
            WatchlistRepository entries,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Clock clock,
            Audiences audiences,
            IdentifierKeys identifierKeys,
            IdentifierFeed identifierFeed,
            SharingChanges sharingChanges) {
        this.entries = entries;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.audiences = audiences;
        this.identifierKeys = identifierKeys;
        this.identifierFeed = identifierFeed;
        this.sharingChanges = sharingChanges;
    }

    @Transactional
    public List<WatchlistEntry> search(Caller caller, WatchlistEntry.Kind kind, String afterSortKey, int fetch) {
        List<WatchlistEntry> found = entries.search(caller, kind, afterSortKey, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(WatchlistService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public WatchlistEntry get(Caller caller, UUID id) {
        WatchlistEntry entry = entries.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(entry)), null);
        return entry;
    }

    @Transactional
    public WatchlistEntry create(Caller caller, WatchlistCommand request) {
        LocalDate today = LocalDate.now(clock);
        List<Problem.FieldError> errors = check(request);
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        if (request.validUntil() != null && request.validUntil().isBefore(validFrom)) {
            errors.add(new Problem.FieldError("validUntil", "watchlist.valid-until-before-from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        Instant now = clock.instant();
        WatchlistEntry entry = new WatchlistEntry();
        entry.id = UUID.randomUUID();
        entry.kind = request.kind();
        entry.sovereignty = Sovereignty.ownedBy(caller, request.sharing(), Distribution.G5, REVIEW_PERIOD, today);
        entry.reference = referenceNumbers.next(caller.state(), "WL", Year.from(now.atZone(ZoneOffset.UTC)));
        WatchlistDetails details = request.details();
        entry.details = details;
        entry.label = label(request.kind(), details);
        entry.nameKeys = new ArrayList<>(names(details));
        entry.identifiers = new ArrayList<>(identifiers(request.kind(), details));
        entry.birthDate = details.dateOfBirth();
        entry.birthYear = details.dateOfBirth() != null
                ? Integer.valueOf(details.dateOfBirth().getYear())
                : details.yearOfBirth();
        entry.nationality = details.nationality();
        entry.reason = request.reason().strip();
        entry.actionRequested = request.actionRequested();
        entry.validFrom = validFrom;
        entry.validUntil = request.validUntil();
        entry.sortKey = SearchText.fold(entry.label) + "\u0001" + entry.id;
        entry.createdAt = now;
        entry.updatedAt = now;
        entries.persist(entry);
        auditLog.record(caller, AuditAction.CREATE, audited(entry), null, "OK");
        publishIdentifiers(entry);
        return entry;
    }

    @Transactional
    public WatchlistEntry deactivate(Caller caller, UUID id, String ifMatch) {
        WatchlistEntry entry = entries.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        if (!entry.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "watchlist.not-your-entry");
        }
        Versions.requireMatch(ifMatch, entry.version);
        entry.active = false;
        entry.updatedAt = clock.instant();
        entries.flush();
        auditLog.record(caller, AuditAction.DEACTIVATE, audited(entry), null, "OK");
        identifierFeed.withdraw(RECORD_TYPE, entry.id, entry.reference, entry.sovereignty);
        return entry;
    }

    @Transactional
    public WatchlistEntry changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        SharingChanges.Change<WatchlistEntry> change =
                sharingChanges.change(caller, entries.findVisibleById(caller, id), ifMatch, terms, SHARED);
        WatchlistEntry entry = change.record();
        if (entry.active && change.discoverabilityChanged()) {
            publishIdentifiers(entry);
        }
        return entry;
    }

    /** Who can see the watch-list entry today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        WatchlistEntry entry = entries.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.of(caller, audited(entry), entry.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        WatchlistEntry entry = entries.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.preview(caller, audited(entry), entry.sovereignty, terms, readableBy(id));
    }

    /** The read check of {@link #get}, for any caller. */
    private Predicate<Caller> readableBy(UUID id) {
        return reader -> entries.findVisibleById(reader, id).isPresent();
    }

    private static List<Problem.FieldError> check(WatchlistCommand request) {
        WatchlistDetails details = request.details();
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (request.kind()) {
            case PERSON -> {
                if (blank(details.nameLatin()) && blank(details.nameOriginal())) {
                    errors.add(new Problem.FieldError("details.nameLatin", "watchlist.person-needs-name"));
                }
            }
            case VEHICLE -> {
                if (IdentifierKeys.alphanumeric(details.plate()).isEmpty()) {
                    errors.add(new Problem.FieldError("details.plate", "watchlist.vehicle-needs-plate"));
                }
            }
            case TRAVEL_DOCUMENT -> {
                if (details.documents().isEmpty()) {
                    errors.add(new Problem.FieldError("details.documents", "watchlist.document-needs-number"));
                }
            }
            case CONTAINER -> {
                if (!CheckDigits.isContainerNumber(details.containerNumber())) {
                    errors.add(new Problem.FieldError("details.containerNumber", "watchlist.container-invalid"));
                }
            }
            case VESSEL -> {
                if (!CheckDigits.isImoNumber(details.imoNumber())) {
                    errors.add(new Problem.FieldError("details.imoNumber", "watchlist.imo-invalid"));
                }
            }
            case COMPANY -> {
                if (blank(details.companyName())) {
                    errors.add(new Problem.FieldError("details.companyName", "watchlist.company-needs-name"));
                }
            }
        }
        return errors;
    }

    private static String label(WatchlistEntry.Kind kind, WatchlistDetails details) {
        return switch (kind) {
            case PERSON -> blank(details.nameLatin()) ? details.nameOriginal() : details.nameLatin();
            case VEHICLE -> details.plate();
            case TRAVEL_DOCUMENT -> details.documents().get(0).number();
            case CONTAINER -> IdentifierKeys.alphanumeric(details.containerNumber());
            case VESSEL ->
                "IMO " + CheckDigits.imoDigits(details.imoNumber())
                        + (blank(details.vesselName()) ? "" : " " + details.vesselName());
            case COMPANY -> details.companyName();
        };
    }

    private static Set<String> names(WatchlistDetails details) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {details.nameLatin(), details.nameOriginal(), details.companyName()}) {
            if (!blank(name)) {
                names.add(name.strip());
            }
        }
        details.aliases().forEach(alias -> names.add(alias.strip()));
        return names;
    }

    static Set<String> identifiers(WatchlistEntry.Kind kind, WatchlistDetails details) {
        Set<String> identifiers = new LinkedHashSet<>();
        details.documents()
                .forEach(document -> identifiers.add("DOC:" + IdentifierKeys.alphanumeric(document.number())));
        if (!blank(details.plate())) {
            identifiers.add("PLATE:" + IdentifierKeys.alphanumeric(details.plate()));
        }
        if (kind == WatchlistEntry.Kind.CONTAINER) {
            identifiers.add("CONTAINER:" + IdentifierKeys.alphanumeric(details.containerNumber()));
        }
        if (kind == WatchlistEntry.Kind.VESSEL) {
            identifiers.add("IMO:" + CheckDigits.imoDigits(details.imoNumber()));
        }
        return identifiers;
    }

    /**
     * The entry's strong identifiers for the platform's correlation index. A watch-list entry records no plate
     * country: its plate is taken as one of the State that listed it. A person's names with a full date of birth go
     * too, keyed word by word by the matching module: in the index they make a possible match, never a hit.
     */
    private void publishIdentifiers(WatchlistEntry entry) {
        WatchlistDetails details = entry.details;
        IdentifierFeed.Items items = new IdentifierFeed.Items();
        details.documents()
                .forEach(document ->
                        items.add(entry.id, RECORD_TYPE, identifierKeys.document(document.type(), document.number())));
        if (!blank(details.plate())) {
            items.add(
                    entry.id,
                    RECORD_TYPE,
                    identifierKeys.vehiclePlate(details.plate(), entry.sovereignty.ownerState()));
        }
        if (entry.kind == WatchlistEntry.Kind.CONTAINER) {
            items.add(entry.id, RECORD_TYPE, identifierKeys.container(details.containerNumber()));
        }
        if (entry.kind == WatchlistEntry.Kind.VESSEL) {
            items.add(entry.id, RECORD_TYPE, identifierKeys.imo(details.imoNumber()));
        }
        if (entry.kind == WatchlistEntry.Kind.PERSON) {
            List<String> names = new ArrayList<>(details.aliases());
            names.add(0, details.nameOriginal());
            names.add(0, details.nameLatin());
            NameMatching matching = NameMatching.standard();
            items.addAll(
                    entry.id,
                    RECORD_TYPE,
                    identifierKeys.nameAndBirthDate(
                            names, details.dateOfBirth(), matching.keysVersion(), matching::strictKeysByWord));
        }
        identifierFeed.publish(RECORD_TYPE, entry.id, entry.reference, entry.sovereignty, items);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static AuditedRecord audited(WatchlistEntry entry) {
        return AuditedRecord.of(RECORD_TYPE, entry.id, entry.sovereignty, entry.reference, entry.label);
    }
}
