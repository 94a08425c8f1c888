package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.correlation.Makes;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.persistence.Keyset;
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
import org.g5sahel.pcms.commons.text.Lookalikes;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.marking.Calibres;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FoundThrough;
import org.g5sahel.pcms.firearms.model.StatusChange;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.RecoveredHitRepository;
import org.g5sahel.pcms.firearms.repository.StatusChangeRepository;

/**
 * Firearm records: registration, reads (audited outside the owning agency), serial search with hit / no-hit, status
 * changes with their append-only history, and sharing decisions. Records are never deleted.
 */
@ApplicationScoped
public class FirearmService {

    public static final String RECORD_TYPE = "firearm";
    private static final SharingChanges.Kind<Firearm> SHARED = SharingChanges.Kind.of(
            FirearmService::audited,
            firearm -> firearm.sovereignty,
            firearm -> firearm.version,
            (firearm, now) -> firearm.updatedAt = now);

    private final FirearmRepository firearms;
    private final StatusChangeRepository history;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final FirearmsConfig config;
    private final Clock clock;
    private final HiddenHitQuota quota;
    private final Audiences audiences;
    private final RecoveredHits recoveredHits;
    private final RecoveredHitRepository recoveredHitRecords;
    private final IdentifierKeys identifierKeys;
    private final IdentifierFeed identifierFeed;
    private final SharingChanges sharingChanges;

    public FirearmService(
            FirearmRepository firearms,
            StatusChangeRepository history,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Outbox outbox,
            FirearmsConfig config,
            Clock clock,
            HiddenHitQuota quota,
            Audiences audiences,
            RecoveredHits recoveredHits,
            RecoveredHitRepository recoveredHitRecords,
            IdentifierKeys identifierKeys,
            IdentifierFeed identifierFeed,
            SharingChanges sharingChanges) {
        this.firearms = firearms;
        this.history = history;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.quota = quota;
        this.audiences = audiences;
        this.recoveredHits = recoveredHits;
        this.recoveredHitRecords = recoveredHitRecords;
        this.identifierKeys = identifierKeys;
        this.identifierFeed = identifierFeed;
        this.sharingChanges = sharingChanges;
    }

    /**
     * What a serial search answers: the records the caller may read, the existence of others, and whether the
     * caller's hidden hits for today are used up (true whether or not this search had any: it reveals nothing).
     */
    public record SearchResult(List<Firearm> matches, List<Hit> hiddenHits, boolean hiddenHitQuotaExhausted) {}

    /**
     * What the searcher typed and why: the serial and make as typed, the purpose (mandatory) and the place the
     * firearm is in hand, if any. A stolen firearm's owner is told them.
     */
    public record SearchTerms(String serial, String make, String purpose, String place) {}

    @Transactional
    public Firearm create(Caller caller, FirearmDraft draft, SharingTerms sharing) {
        List<Problem.FieldError> errors = new ArrayList<>(draft.problems("", today()));
        if (draft.status() == FirearmStatus.SEIZED) {
            errors.add(new Problem.FieldError("status", "firearm.seized-through-seizures"));
        }
        Validation.requireNone(errors);
        firearms.findOwned(caller.agency(), makeKey(draft.make()), Serials.normalise(draft.serialNumber()))
                .ifPresent(existing -> {
                    throw new ProblemException(ProblemType.CONFLICT, "firearm.already-registered", existing.reference);
                });
        return register(caller, draft, sharing, "registered", null);
    }

    /**
     * Registers a checked draft: the record, its first history entry, the audit row and, for a firearm registered as
     * lost or stolen, the event the alerts service turns into a notice. The caller has checked the draft and that the
     * agency holds no record of this firearm yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Firearm register(Caller caller, FirearmDraft draft, SharingTerms sharing, String reason, String place) {
        Firearm firearm = new Firearm();
        firearm.id = UUID.randomUUID();
        firearm.sovereignty =
                Sovereignty.ownedBy(caller, sharing, Distribution.NATIONAL, config.recordReviewPeriod(), today());
        firearm.reference = referenceNumbers.next(caller.state(), "FA", Year.now(clock));
        firearm.type = draft.type();
        firearm.make = draft.make().strip();
        firearm.makeKey = makeKey(draft.make());
        firearm.makeCompact = Makes.compact(draft.make());
        firearm.model = blankToNull(draft.model());
        firearm.calibre = blankToNull(draft.calibre());
        firearm.calibreKey = Calibres.key(draft.calibre());
        firearm.serialAsMarked = draft.serialNumber().strip();
        firearm.serialNormalised = Serials.normalise(draft.serialNumber());
        firearm.serialFolded = Serials.fold(firearm.serialNormalised);
        firearm.manufactureCountry = blankToNull(draft.manufactureCountry());
        firearm.manufactureYear = draft.manufactureYear();
        firearm.importCountry = blankToNull(draft.importCountry());
        firearm.importYear = draft.importYear();
        firearm.otherMarkings = blankToNull(draft.otherMarkings());
        firearm.holderCategory = draft.holderCategory();
        firearm.custodyAgency = blankToNull(draft.custodyAgency());
        firearm.status = Objects.requireNonNullElse(draft.status(), FirearmStatus.REGISTERED_LICIT);
        firearm.createdAt = clock.instant();
        firearm.updatedAt = firearm.createdAt;
        firearms.persist(firearm);
        appendHistory(caller, firearm, null, firearm.status, today(), place, reason, null);
        auditLog.record(caller, AuditAction.CREATE, audited(firearm), null, "OK");
        publishStatusEvent(firearm, false, today(), place, reason);
        publishIdentifiers(firearm);
        return firearm;
    }

    @Transactional
    public Firearm get(Caller caller, UUID id) {
        Firearm firearm = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(firearm)), null);
        return firearm;
    }

    @Transactional
    public List<StatusChange> history(Caller caller, UUID id) {
        Firearm firearm = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(firearm)), "status history");
        return history.historyOf(firearm.id);
    }

    @Transactional
    public List<Firearm> list(Caller caller, FirearmCriteria criteria, Keyset after, int fetch) {
        List<Firearm> found = firearms.list(caller, filter(null, criteria), after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(FirearmService::audited).toList(),
                null);
        return found;
    }

    /**
     * Search by serial (DESIGN §2 rules 3, 5 and 8): the purpose is recorded with every record read or revealed.
     * Records the caller may not read answer "a record exists, held by agency X" only to a complete serial (exact,
     * after confusable folding when asked), never to a wildcard, never to a partner system, and at most
     * {@code hidden-hits-per-day} times a day per caller ({@link HiddenHitQuota}). Border officers screen: they learn
     * that a record exists and who holds it, never the file, even for records they could read. A complete serial that
     * matches another State's firearm reported lost or stolen tells its owner ({@link RecoveredHits}), whatever the
     * searcher may learn of it.
     */
    @Transactional
    public SearchResult search(
            Caller caller, Serials.Query serial, FirearmCriteria criteria, SearchTerms terms, int limit) {
        FirearmRepository.Filter filter = filter(serial, criteria);
        String purpose = terms.purpose();
        List<Firearm> matches = firearms.list(caller, filter, null, limit);
        List<Firearm> hidden = new ArrayList<>();
        boolean quotaExhausted = false;
        if (!filter.serial().wildcard() && !caller.isPartner()) {
            RecoveredHits.Finding finding = new RecoveredHits.Finding(
                    FoundThrough.SEARCH, null, null, today(), terms.place(), purpose, terms.make(), terms.serial());
            firearms.reportedMissingOfOtherStates(caller.state(), filter)
                    .forEach(missing -> recoveredHits.record(caller, missing, finding));
            List<Firearm> found = firearms.hiddenHits(caller, filter, limit);
            HiddenHitQuota.Grant grant = quota.take(caller, found.size());
            quotaExhausted = grant.exhausted();
            hidden.addAll(found.subList(0, grant.granted()));
            List<Firearm> withheld = found.subList(grant.granted(), found.size());
            auditLog.recordAll(
                    caller,
                    AuditAction.HIT,
                    withheld.stream().map(FirearmService::audited).toList(),
                    purpose,
                    "WITHHELD");
            quota.warnOwners(caller, withheld, purpose);
        }
        if (screensOnly(caller)) {
            hidden.addAll(0, matches);
            matches = List.of();
        }
        auditLog.recordReads(
                caller,
                AuditAction.SEARCH,
                matches.stream().map(FirearmService::audited).toList(),
                purpose);
        auditLog.recordAll(
                caller,
                AuditAction.HIT,
                hidden.stream().map(FirearmService::audited).toList(),
                purpose,
                "HIT");
        return new SearchResult(
                matches, hidden.stream().map(recoveredHits::hitOn).toList(), quotaExhausted);
    }

    /**
     * A status change by the owning agency or its State's national coordinator, appended to the history. Refused when
     * the transition makes no sense (a destroyed firearm reported stolen); seizures go through {@code /seizures}.
     * {@code recoveredHitId} names the finding by another State the change answers (recovered, returned to its
     * holder, destroyed): it must be a finding of this firearm.
     */
    @Transactional
    public Firearm changeStatus(
            Caller caller,
            UUID id,
            String ifMatch,
            FirearmStatus target,
            LocalDate occurredOn,
            String place,
            String reason,
            UUID recoveredHitId) {
        Firearm firearm = visible(caller, id);
        requireKeeper(caller, firearm);
        Versions.requireMatch(ifMatch, firearm.version);
        LocalDate when = occurredOn == null ? today() : occurredOn;
        if (when.isAfter(today())) {
            throw Validation.failed("occurredOn", "status.occurred-in-future");
        }
        if (target == FirearmStatus.SEIZED) {
            throw Validation.failed("status", "firearm.seized-through-seizures");
        }
        if (recoveredHitId != null
                && recoveredHitRecords
                        .findVisibleById(caller, recoveredHitId)
                        .filter(hit -> hit.firearmId.equals(firearm.id))
                        .isEmpty()) {
            throw Validation.failed("recoveredHitId", "status.unknown-recovered-hit");
        }
        moveTo(caller, firearm, target, when, place, reason, recoveredHitId);
        return firearm;
    }

    /**
     * Moves a firearm the caller keeps to {@code target}, with its history entry, audit row and event.
     *
     * @param recoveredHitId the finding by another State the change answers, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(
            Caller caller,
            Firearm firearm,
            FirearmStatus target,
            LocalDate occurredOn,
            String place,
            String reason,
            UUID recoveredHitId) {
        if (!firearm.status.mayMoveTo(target)) {
            throw new ProblemException(ProblemType.CONFLICT, "status.transition-refused", firearm.status, target);
        }
        FirearmStatus from = firearm.status;
        firearm.status = target;
        firearm.updatedAt = clock.instant();
        firearms.flush();
        appendHistory(caller, firearm, from, target, occurredOn, place, reason, recoveredHitId);
        auditLog.record(caller, AuditAction.UPDATE, audited(firearm), reason, target.name());
        publishStatusEvent(firearm, true, occurredOn, place, reason);
    }

    /** Rule 1: the owning agency or the owning State's national coordinator, nobody else. */
    @Transactional
    public Firearm changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        SharingChanges.Change<Firearm> change =
                sharingChanges.change(caller, firearms.findVisibleById(caller, id), ifMatch, terms, SHARED);
        if (change.discoverabilityChanged()) {
            publishIdentifiers(change.record());
        }
        return change.record();
    }

    /** Who can see the firearm record today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        Firearm firearm = visible(caller, id);
        return audiences.of(caller, audited(firearm), firearm.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        Firearm firearm = visible(caller, id);
        return audiences.preview(caller, audited(firearm), firearm.sovereignty, terms, readableBy(id));
    }

    /** The read check of {@link #get}, for any caller. */
    private Predicate<Caller> readableBy(UUID id) {
        return reader -> firearms.findVisibleById(reader, id).isPresent();
    }

    public static AuditedRecord audited(Firearm firearm) {
        return AuditedRecord.of(
                RECORD_TYPE, firearm.id, firearm.sovereignty, firearm.reference, firearm.make + " " + firearm.model);
    }

    /** The make as compared: case, accents, format characters and look-alike letters of other scripts folded. */
    public static String makeKey(String make) {
        return SearchText.fold(Lookalikes.foldToLatinIgnoringCase(make));
    }

    private Firearm visible(Caller caller, UUID id) {
        return firearms.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    /** Status changes belong to whoever keeps the record: its agency, or its State's national coordinator. */
    private static void requireKeeper(Caller caller, Firearm firearm) {
        if (!firearm.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "firearm.not-keeper", firearm.sovereignty.ownerAgency());
        }
    }

    private static boolean screensOnly(Caller caller) {
        return caller.hasRole(Roles.BORDER_OFFICER)
                && !caller.hasRole(Roles.FIREARMS_OFFICER)
                && !caller.hasRole(Roles.INVESTIGATOR)
                && !caller.hasRole(Roles.ANALYST);
    }

    private void appendHistory(
            Caller caller,
            Firearm firearm,
            FirearmStatus from,
            FirearmStatus to,
            LocalDate occurredOn,
            String place,
            String reason,
            UUID recoveredHitId) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.firearmId = firearm.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.occurredOn = occurredOn;
        change.place = blankToNull(place);
        change.reason = blankToNull(reason);
        change.recoveredHitId = recoveredHitId;
        change.changedAt = clock.instant();
        change.changedBy = caller.username();
        change.changedByState = caller.state();
        change.changedByAgency = caller.agency();
        history.persist(change);
    }

    /**
     * {@code firearms.record.reported-stolen|reported-lost} (also when a firearm is first registered as such) for the
     * alerts service; any other change as {@code status-changed}; nothing for a plain registration.
     */
    private void publishStatusEvent(
            Firearm firearm, boolean change, LocalDate occurredOn, String place, String reason) {
        String event = switch (firearm.status) {
            case STOLEN -> "reported-stolen";
            case LOST -> "reported-lost";
            default -> change ? "status-changed" : null;
        };
        if (event == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", firearm.id);
        data.put("reference", firearm.reference);
        data.put("type", firearm.type);
        data.put("make", firearm.make);
        data.put("model", firearm.model);
        data.put("calibre", firearm.calibre);
        data.put("serialNumber", firearm.serialAsMarked);
        data.put("serialNormalised", firearm.serialNormalised);
        data.put("status", firearm.status);
        data.put("occurredOn", occurredOn);
        data.put("place", place);
        data.put("reason", reason);
        data.put("sharedWith", firearm.sovereignty.sharedWith());
        outbox.publish("record", event, firearm.id, firearm.sovereignty, data);
    }

    /**
     * The firearm's make and serial, keyed, for the platform's correlation index: a firearm of a case or a report of
     * another State meets it there. Firearm records of two States meet in this registry itself (recovered hits,
     * diversions), not in the index.
     */
    private void publishIdentifiers(Firearm firearm) {
        identifierFeed.publish(
                RECORD_TYPE,
                firearm.id,
                firearm.reference,
                firearm.sovereignty,
                new IdentifierFeed.Items()
                        .add(firearm.id, RECORD_TYPE, identifierKeys.firearm(firearm.make, firearm.serialAsMarked)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static FirearmRepository.Filter filter(Serials.Query serial, FirearmCriteria criteria) {
        return new FirearmRepository.Filter(
                serial,
                makeFamily(criteria.make()),
                Calibres.key(criteria.calibre()),
                criteria.type(),
                criteria.status(),
                criteria.state());
    }

    /** A make filter: every name of the make's family ("Kalachnikov" lists "Kalashnikov" and "AK" too); null: any. */
    public static Set<String> makeFamily(String make) {
        return make == null || make.isBlank() ? null : Makes.family(make);
    }
}
