package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.Makes;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FoundThrough;
import org.g5sahel.pcms.firearms.model.RecoveredHit;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.RecoveredHitRepository;
import org.g5sahel.pcms.firearms.repository.StatusChangeRepository;

/**
 * Firearms another State reported lost or stolen, come upon by a seizure, a search or a trace request (what iARMS
 * does): each finding is kept once, owned by the finder and shared with the record's State, and notified to the
 * owner at once ({@code firearms.recovered.hit}, an inbox item from alerts) with the finder's agency, place, date and
 * purpose. The owner then records the outcome in the firearm's history (recovered, returned to its holder,
 * destroyed), naming the finding.
 */
@ApplicationScoped
public class RecoveredHits {

    static final String RECORD_TYPE = "recovered-hit";

    private final RecoveredHitRepository hits;
    private final FirearmRepository firearms;
    private final StatusChangeRepository history;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final FirearmsConfig config;
    private final Clock clock;

    public RecoveredHits(
            RecoveredHitRepository hits,
            FirearmRepository firearms,
            StatusChangeRepository history,
            AuditLog auditLog,
            Outbox outbox,
            FirearmsConfig config,
            Clock clock) {
        this.hits = hits;
        this.firearms = firearms;
        this.history = history;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Where, when and why the finder came upon the firearm, and the make and serial it had in hand.
     *
     * @param sourceId the seizure or trace request; null for a search
     */
    public record Finding(
            FoundThrough through,
            UUID sourceId,
            String sourceReference,
            LocalDate foundOn,
            String place,
            String purpose,
            String make,
            String serial) {}

    /** What a hit on this record reveals: its status and since when, if reported lost or stolen. */
    public Hit hitOn(Firearm firearm) {
        LocalDate reportedOn = FirearmStatus.REPORTED_MISSING.contains(firearm.status)
                ? history.since(firearm.id, firearm.status).orElse(null)
                : null;
        return new Hit(
                firearm.id,
                firearm.sovereignty.ownerState(),
                firearm.sovereignty.ownerAgency(),
                firearm.status,
                reportedOn);
    }

    /**
     * Records of other States than the finder's, reported lost or stolen, with a make of this family and this serial
     * once look-alike characters are folded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Firearm> reportedMissingElsewhere(Caller finder, String make, String serialNormalised) {
        return firearms.recordsOfOtherStates(
                finder.state(), FirearmStatus.REPORTED_MISSING, Makes.family(make), Serials.fold(serialNormalised));
    }

    /**
     * Keeps the finding of {@code missing} and notifies its owner, once per finding: a seizure or trace request
     * retried, or the same searcher finding the same firearm again that day, adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecoveredHit record(Caller finder, Firearm missing, Finding finding) {
        String key = finding.through() == FoundThrough.SEARCH
                ? "SEARCH:" + finder.username() + ":" + missing.id + ":" + finding.foundOn()
                : finding.through() + ":" + finding.sourceId() + ":" + missing.id;
        hits.lockFindingKey(key);
        return hits.findByFindingKey(key).orElseGet(() -> {
            Hit hit = hitOn(missing);
            RecoveredHit found = new RecoveredHit();
            found.id = UUID.randomUUID();
            found.firearmId = missing.id;
            found.firearmReference = missing.reference;
            found.firearmOwnerState = hit.ownerState();
            found.firearmOwnerAgency = hit.ownerAgency();
            found.firearmStatus = hit.status();
            found.reportedOn = hit.reportedOn();
            found.foundThrough = finding.through();
            found.sourceId = finding.sourceId();
            found.sourceReference = finding.sourceReference();
            found.findingKey = key;
            found.foundOn = finding.foundOn();
            found.place = FirearmService.blankToNull(finding.place());
            found.purpose = FirearmService.blankToNull(finding.purpose());
            found.finderUsername = finder.username();
            found.makeAsFound = FirearmService.blankToNull(finding.make());
            found.serialAsFound = finding.serial().strip();
            found.createdAt = clock.instant();
            found.sovereignty = Sovereignty.ownedBy(
                    finder,
                    SharingTerms.of(Distribution.SELECTED, found.firearmOwnerState),
                    Distribution.SELECTED,
                    config.caseReviewPeriod(),
                    today());
            hits.persist(found);
            auditLog.record(finder, AuditAction.CREATE, audited(found), finding.purpose(), "RECOVERED_HIT");
            // The owner's access log shows who came upon its record, as for any hit (DESIGN §2 rules 3 and 6).
            auditLog.record(
                    finder, AuditAction.HIT, FirearmService.audited(missing), finding.purpose(), "RECOVERED_HIT");
            publish(found);
            return found;
        });
    }

    @Transactional
    public List<RecoveredHit> list(Caller caller, String concerningState, Keyset after, int fetch) {
        List<RecoveredHit> found = hits.list(caller, concerningState, after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(RecoveredHits::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public RecoveredHit get(Caller caller, UUID id) {
        RecoveredHit hit = hits.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(hit)), null);
        return hit;
    }

    /** What the finder was told of the records a seizure or trace request found, as the caller may see them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Hit> ofSource(Caller caller, UUID sourceId) {
        return hits.ofSource(caller, sourceId).stream()
                .map(hit -> new Hit(
                        hit.firearmId,
                        hit.firearmOwnerState,
                        hit.firearmOwnerAgency,
                        hit.firearmStatus,
                        hit.reportedOn))
                .toList();
    }

    private void publish(RecoveredHit hit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hitId", hit.id);
        data.put("firearmId", hit.firearmId);
        data.put("firearmReference", hit.firearmReference);
        data.put("firearmOwnerState", hit.firearmOwnerState);
        data.put("firearmOwnerAgency", hit.firearmOwnerAgency);
        data.put("firearmStatus", hit.firearmStatus);
        data.put("reportedOn", hit.reportedOn);
        data.put("foundThrough", hit.foundThrough);
        data.put("sourceReference", hit.sourceReference);
        data.put("foundOn", hit.foundOn);
        data.put("place", hit.place);
        data.put("purpose", hit.purpose);
        data.put("finderState", hit.sovereignty.ownerState());
        data.put("finderAgency", hit.sovereignty.ownerAgency());
        data.put("make", hit.makeAsFound);
        data.put("serialNumber", hit.serialAsFound);
        data.put("sharedWith", hit.sovereignty.sharedWith());
        outbox.publish("recovered", "hit", hit.id, hit.sovereignty, data);
    }

    static AuditedRecord audited(RecoveredHit hit) {
        return AuditedRecord.of(
                RECORD_TYPE, hit.id, hit.sovereignty, hit.firearmReference, hit.foundThrough + " " + hit.foundOn);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
