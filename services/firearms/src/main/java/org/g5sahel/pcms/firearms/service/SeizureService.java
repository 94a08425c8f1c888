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
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.Makes;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.DiversionNotice;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FoundThrough;
import org.g5sahel.pcms.firearms.model.HolderCategory;
import org.g5sahel.pcms.firearms.model.SeizedFirearm;
import org.g5sahel.pcms.firearms.model.Seizure;
import org.g5sahel.pcms.firearms.repository.DiversionNoticeRepository;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.SeizureRepository;

/**
 * Seizures, diversion detection and recovered hits. A seized firearm is matched against other States' records by make
 * family ({@link Makes}) and serial with look-alike characters folded ({@link Serials#fold}). A match with a licit
 * record is a diversion: that State gets a {@link DiversionNotice} and the event
 * {@code firearms.seizure.diversion-detected}, both shared with it alone. A match with a record reported lost or
 * stolen is a recovered hit ({@link RecoveredHits}): its owner is told where, when and by whom. The seizure itself
 * stays within its own distribution.
 */
@ApplicationScoped
public class SeizureService {

    static final String RECORD_TYPE = "seizure";
    static final String NOTICE_TYPE = "diversion-notice";

    private final SeizureRepository seizures;
    private final DiversionNoticeRepository notices;
    private final FirearmRepository firearmRecords;
    private final FirearmService firearms;
    private final RecoveredHits recoveredHits;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final FirearmsConfig config;
    private final Clock clock;

    public SeizureService(
            SeizureRepository seizures,
            DiversionNoticeRepository notices,
            FirearmRepository firearmRecords,
            FirearmService firearms,
            RecoveredHits recoveredHits,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Outbox outbox,
            FirearmsConfig config,
            Clock clock) {
        this.seizures = seizures;
        this.notices = notices;
        this.firearmRecords = firearmRecords;
        this.firearms = firearms;
        this.recoveredHits = recoveredHits;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** A seized firearm and another State's record of it, reported lost or stolen. */
    private record Recovery(Firearm seized, Firearm missing) {}

    /** A seized firearm once checked: an existing record, or a draft to register. */
    private record Resolved(Firearm existing, FirearmDraft draft) {}

    @Transactional
    public Seizure record(Caller caller, SeizureCommand request) {
        LocalDate today = LocalDate.now(clock);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.seizedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("seizedOn", "status.occurred-in-future"));
        }
        List<Resolved> resolved = new ArrayList<>();
        java.util.Set<String> identities = new java.util.HashSet<>();
        for (int i = 0; i < request.firearms().size(); i++) {
            Resolved item = resolve(caller, request.firearms().get(i), "firearms[" + i + "].", today, errors);
            resolved.add(item);
            // The same firearm twice in one seizure is the client's mistake, not a second firearm.
            String identity = item.existing() != null
                    ? item.existing().id.toString()
                    : item.draft() != null
                                    && item.draft().make() != null
                                    && Serials.problemWith(item.draft().serialNumber())
                                            .isEmpty()
                            ? FirearmService.makeKey(item.draft().make()) + "|"
                                    + Serials.normalise(item.draft().serialNumber())
                            : null;
            if (identity != null && !identities.add(identity)) {
                errors.add(new Problem.FieldError("firearms[" + i + "]", "seizure.duplicate-firearm"));
            }
        }
        Validation.requireNone(errors);

        Seizure seizure = new Seizure();
        seizure.id = UUID.randomUUID();
        seizure.sovereignty =
                Sovereignty.ownedBy(caller, request.sharing(), Distribution.NATIONAL, config.caseReviewPeriod(), today);
        seizure.reference = referenceNumbers.next(caller.state(), "SZ", Year.now(clock));
        seizure.seizedOn = request.seizedOn();
        seizure.place = request.place().strip();
        seizure.caseReference = FirearmService.blankToNull(request.caseReference());
        seizure.circumstances = FirearmService.blankToNull(request.circumstances());
        seizure.createdAt = clock.instant();
        String why = "seized: " + seizure.reference;
        List<DiversionNotice> diversions = new ArrayList<>();
        List<Recovery> recovered = new ArrayList<>();
        for (Resolved item : resolved) {
            SeizedFirearm seized = seize(caller, item, seizure, why);
            seizure.items.add(seized);
            match(caller, seizure, seized, today, recovered).ifPresent(diversions::add);
        }
        seizures.persist(seizure);
        seizures.flush();
        for (Recovery recovery : recovered) {
            recoveredHits.record(
                    caller,
                    recovery.missing(),
                    new RecoveredHits.Finding(
                            FoundThrough.SEIZURE,
                            seizure.id,
                            seizure.reference,
                            seizure.seizedOn,
                            seizure.place,
                            null,
                            recovery.seized().make,
                            recovery.seized().serialAsMarked));
        }
        for (DiversionNotice notice : diversions) {
            notices.persist(notice);
            auditLog.record(caller, AuditAction.CREATE, audited(notice), why, "DIVERSION");
            publishDiversion(notice, seizure);
        }
        auditLog.record(caller, AuditAction.CREATE, audited(seizure), seizure.caseReference, "OK");
        outbox.publish(
                "seizure",
                "recorded",
                seizure.id,
                seizure.sovereignty,
                Map.of(
                        "id",
                        seizure.id,
                        "reference",
                        seizure.reference,
                        "seizedOn",
                        seizure.seizedOn,
                        "firearms",
                        seizure.items.size(),
                        "diversions",
                        diversions.size(),
                        "sharedWith",
                        seizure.sovereignty.sharedWith()));
        return seizure;
    }

    @Transactional
    public Seizure get(Caller caller, UUID id) {
        Seizure seizure = seizures.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(seizure)), null);
        return seizure;
    }

    @Transactional
    public List<Seizure> list(Caller caller, String seizingState, Keyset after, int fetch) {
        List<Seizure> found = seizures.list(caller, seizingState, after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(SeizureService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public List<DiversionNotice> diversions(Caller caller, String concerningState, Keyset after, int fetch) {
        List<DiversionNotice> found = notices.list(caller, concerningState, after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(SeizureService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public DiversionNotice diversion(Caller caller, UUID id) {
        DiversionNotice notice = notices.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(notice)), null);
        return notice;
    }

    private Resolved resolve(
            Caller caller, SeizureCommand.Item item, String prefix, LocalDate today, List<Problem.FieldError> errors) {
        if (item.firearmId() != null) {
            Optional<Firearm> known = firearmRecords.findVisibleById(caller, item.firearmId());
            if (known.isEmpty()) {
                errors.add(new Problem.FieldError(prefix + "firearmId", "seizure.unknown-firearm"));
            }
            return new Resolved(known.orElse(null), null);
        }
        if (item.type() == null) {
            errors.add(new Problem.FieldError(prefix + "type", "seizure.describe-firearm"));
        }
        if (item.make() == null || item.make().isBlank()) {
            errors.add(new Problem.FieldError(prefix + "make", "seizure.describe-firearm"));
        }
        FirearmDraft draft = new FirearmDraft(
                item.type(),
                item.make(),
                item.model(),
                item.calibre(),
                item.serialNumber(),
                item.manufactureCountry(),
                item.manufactureYear(),
                item.importCountry(),
                item.importYear(),
                item.otherMarkings(),
                HolderCategory.UNKNOWN,
                caller.agency(),
                FirearmStatus.SEIZED);
        errors.addAll(draft.problems(prefix, today));
        if (item.make() == null
                || item.make().isBlank()
                || Serials.problemWith(item.serialNumber()).isPresent()) {
            return new Resolved(null, draft);
        }
        // The seizing agency may already hold this firearm (seized twice, or registered before): seize that record.
        return firearmRecords
                .findOwned(caller.agency(), FirearmService.makeKey(item.make()), Serials.normalise(item.serialNumber()))
                .map(own -> new Resolved(own, null))
                .orElse(new Resolved(null, draft));
    }

    /** The seizing agency's own records become SEIZED; other agencies' records are linked, left to their keepers. */
    private SeizedFirearm seize(Caller caller, Resolved item, Seizure seizure, String why) {
        if (item.draft() != null) {
            Firearm registered = firearms.register(caller, item.draft(), sharingOf(seizure), why, seizure.place);
            return new SeizedFirearm(registered.id, true);
        }
        if (item.existing().sovereignty.isOwnedBy(caller) && item.existing().status != FirearmStatus.SEIZED) {
            firearms.moveTo(caller, item.existing(), FirearmStatus.SEIZED, seizure.seizedOn, seizure.place, why, null);
        }
        return new SeizedFirearm(item.existing().id, false);
    }

    /**
     * Matches a seized firearm against other States' records — the firearm itself when the seizure names another
     * State's record. Records reported lost or stolen go to {@code recovered}; the item shows the first of them, or
     * else the first licit record, which is a diversion.
     */
    private Optional<DiversionNotice> match(
            Caller caller, Seizure seizure, SeizedFirearm seized, LocalDate today, List<Recovery> recovered) {
        Firearm firearm = firearmRecords.findById(seized.firearmId);
        List<Firearm> missing = recoveredHits.reportedMissingElsewhere(caller, firearm.make, firearm.serialNormalised);
        missing.forEach(record -> recovered.add(new Recovery(firearm, record)));
        if (!missing.isEmpty()) {
            Hit hit = recoveredHits.hitOn(missing.get(0));
            seized.matched(missing.get(0), hit.reportedOn());
            return Optional.empty();
        }
        List<Firearm> licit = firearmRecords.recordsOfOtherStates(
                caller.state(), FirearmStatus.LICIT, Makes.family(firearm.make), firearm.serialFolded);
        if (licit.isEmpty()) {
            return Optional.empty();
        }
        Firearm match = licit.get(0);
        seized.matched(match, null);
        DiversionNotice notice = new DiversionNotice();
        notice.id = UUID.randomUUID();
        notice.seizureId = seizure.id;
        notice.seizedFirearmId = firearm.id;
        notice.matchedFirearmId = match.id;
        notice.matchedReference = match.reference;
        notice.matchedOwnerState = match.sovereignty.ownerState();
        notice.matchedOwnerAgency = match.sovereignty.ownerAgency();
        notice.seizedOn = seizure.seizedOn;
        notice.serialNormalised = match.serialNormalised;
        notice.make = match.make;
        notice.createdAt = clock.instant();
        notice.sovereignty = Sovereignty.ownedBy(
                caller,
                SharingTerms.of(Distribution.SELECTED, notice.matchedOwnerState),
                Distribution.SELECTED,
                config.caseReviewPeriod(),
                today);
        return Optional.of(notice);
    }

    /** A record created by a seizure is shared as the seizure is. */
    private static SharingTerms sharingOf(Seizure seizure) {
        Sovereignty terms = seizure.sovereignty;
        return new SharingTerms(
                terms.distribution(),
                terms.sharedWith(),
                terms.handlingCode(),
                terms.handlingRestriction(),
                terms.sourceReliability(),
                terms.informationAccuracy(),
                null,
                terms.discoverable());
    }

    private void publishDiversion(DiversionNotice notice, Seizure seizure) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", notice.id);
        data.put("seizureId", seizure.id);
        data.put("seizedOn", notice.seizedOn);
        data.put("seizingState", notice.sovereignty.ownerState());
        data.put("seizingAgency", notice.sovereignty.ownerAgency());
        data.put("firearmId", notice.matchedFirearmId);
        data.put("firearmReference", notice.matchedReference);
        data.put("firearmOwnerState", notice.matchedOwnerState);
        data.put("firearmOwnerAgency", notice.matchedOwnerAgency);
        data.put("make", notice.make);
        data.put("serialNormalised", notice.serialNormalised);
        data.put("sharedWith", notice.sovereignty.sharedWith());
        outbox.publish("seizure", "diversion-detected", notice.id, notice.sovereignty, data);
    }

    static AuditedRecord audited(Seizure seizure) {
        return AuditedRecord.of(
                RECORD_TYPE,
                seizure.id,
                seizure.sovereignty,
                seizure.reference,
                seizure.place + " " + seizure.seizedOn);
    }

    static AuditedRecord audited(DiversionNotice notice) {
        return AuditedRecord.of(NOTICE_TYPE, notice.id, notice.sovereignty, notice.matchedReference, notice.make);
    }
}
