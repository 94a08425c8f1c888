package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.g5sahel.pcms.cases.model.CaseLink;
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.ThreatCategory;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.CaseLinkRepository;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.TimelineRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
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

/**
 * Cases: owned by the agency that opens them (default distribution AGENCY: an investigation is the investigating
 * service's until it decides otherwise). Only the owning agency, or its State's national coordinator, changes a case.
 * Reads by anyone outside the owning agency are audited.
 */
@ApplicationScoped
public class CaseService {

    public static final String RECORD_TYPE = "case";
    /** Nominal data: the owner re-confirms after five years (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);
    /** Other services follow a case's distribution: its sharing changes are announced. */
    private static final SharingChanges.Kind<InvestigationCase> SHARED = SharingChanges.Kind.<InvestigationCase>of(
                    CaseService::audited,
                    investigation -> investigation.sovereignty,
                    investigation -> investigation.version,
                    (investigation, now) -> investigation.updatedAt = now)
            .publishing(investigation -> Map.of("reference", investigation.reference));

    private final CaseRepository cases;
    private final CaseLinkRepository links;
    private final TimelineRepository timelineEntries;
    private final CaseTimeline timeline;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Audiences audiences;
    private final CaseIdentifiers identifiers;
    private final Clock clock;
    private final SharingChanges sharingChanges;

    public CaseService(
            CaseRepository cases,
            CaseLinkRepository links,
            TimelineRepository timelineEntries,
            CaseTimeline timeline,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Outbox outbox,
            Audiences audiences,
            CaseIdentifiers identifiers,
            Clock clock,
            SharingChanges sharingChanges) {
        this.cases = cases;
        this.links = links;
        this.timelineEntries = timelineEntries;
        this.timeline = timeline;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.audiences = audiences;
        this.identifiers = identifiers;
        this.clock = clock;
        this.sharingChanges = sharingChanges;
    }

    @Transactional
    public InvestigationCase open(Caller caller, CaseCommand request) {
        Instant now = clock.instant();
        InvestigationCase investigation = new InvestigationCase();
        investigation.id = UUID.randomUUID();
        investigation.sovereignty = Sovereignty.ownedBy(
                caller, request.sharing(), Distribution.AGENCY, REVIEW_PERIOD, LocalDate.now(clock));
        investigation.reference = referenceNumbers.next(caller.state(), "CASE", Year.now(clock));
        investigation.status = CaseStatus.OPEN;
        investigation.statusChangedBy = caller.username();
        investigation.statusChangedAt = now;
        investigation.createdBy = caller.username();
        investigation.createdAt = now;
        apply(investigation, request, now);
        cases.persist(investigation);
        timeline.record(investigation.id, caller, TimelineEntry.Kind.CREATED, investigation.reference);
        auditLog.record(caller, AuditAction.CREATE, audited(investigation), null, "OK");
        outbox.publish(
                RECORD_TYPE,
                "opened",
                investigation.id,
                investigation.sovereignty,
                Map.of("reference", investigation.reference, "threats", investigation.threats));
        return investigation;
    }

    @Transactional
    public List<InvestigationCase> search(
            Caller caller,
            CaseStatus status,
            ThreatCategory threat,
            String ownerState,
            String query,
            Keyset after,
            int fetch) {
        List<InvestigationCase> found = cases.search(
                caller,
                status,
                threat,
                ownerState,
                query == null ? null : SearchText.containsPattern(query),
                after,
                fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(CaseService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public InvestigationCase get(Caller caller, UUID id) {
        InvestigationCase investigation = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(investigation)), null);
        return investigation;
    }

    @Transactional
    public InvestigationCase update(Caller caller, UUID id, String ifMatch, CaseCommand request) {
        InvestigationCase investigation = changeable(caller, id);
        Versions.requireMatch(ifMatch, investigation.version);
        apply(investigation, request, clock.instant());
        cases.flush();
        timeline.record(id, caller, TimelineEntry.Kind.UPDATED, investigation.title);
        auditLog.record(caller, AuditAction.UPDATE, audited(investigation), null, "OK");
        return investigation;
    }

    /**
     * A partial change of the case, through the same rules as {@link #update}: {@code patched} turns the case, once
     * the caller may change it, into its whole new description.
     */
    @Transactional
    public InvestigationCase patch(
            Caller caller, UUID id, String ifMatch, Function<InvestigationCase, CaseCommand> patched) {
        InvestigationCase investigation = changeable(caller, id);
        return update(caller, id, ifMatch, patched.apply(investigation));
    }

    @Transactional
    public InvestigationCase changeStatus(Caller caller, UUID id, String ifMatch, StatusChangeCommand change) {
        InvestigationCase investigation = changeable(caller, id);
        Versions.requireMatch(ifMatch, investigation.version);
        if (!investigation.status.mayBecome(change.status())) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "case.status-transition", investigation.status, change.status());
        }
        Instant now = clock.instant();
        CaseStatus previous = investigation.status;
        investigation.status = change.status();
        investigation.statusReason = change.reason();
        investigation.statusChangedBy = caller.username();
        investigation.statusChangedAt = now;
        investigation.updatedAt = now;
        cases.flush();
        timeline.record(
                id,
                caller,
                TimelineEntry.Kind.STATUS_CHANGED,
                previous + " → " + change.status() + ": " + change.reason());
        auditLog.record(
                caller,
                AuditAction.UPDATE,
                audited(investigation),
                null,
                change.status().name());
        outbox.publish(
                RECORD_TYPE,
                "status-changed",
                id,
                investigation.sovereignty,
                Map.of("reference", investigation.reference, "status", change.status()));
        if (change.status() == CaseStatus.ARCHIVED) {
            identifiers.publish(investigation);
        }
        return investigation;
    }

    /** Rule 1: the owning agency or the national coordinator of the owning State, nobody else. */
    @Transactional
    public InvestigationCase changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        SharingChanges.Change<InvestigationCase> change =
                sharingChanges.change(caller, cases.findVisibleById(caller, id), ifMatch, terms, SHARED);
        InvestigationCase investigation = change.record();
        timeline.record(
                id,
                caller,
                TimelineEntry.Kind.SHARING_CHANGED,
                investigation.sovereignty.distribution()
                        + (investigation.sovereignty.sharedWith().isEmpty()
                                ? ""
                                : " " + String.join(", ", investigation.sovereignty.sharedWith())));
        if (change.discoverabilityChanged()) {
            identifiers.publish(investigation);
        }
        return investigation;
    }

    /** Who can see the case today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        InvestigationCase investigation = visible(caller, id);
        return audiences.of(caller, audited(investigation), investigation.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        InvestigationCase investigation = visible(caller, id);
        return audiences.preview(caller, audited(investigation), investigation.sovereignty, terms, readableBy(id));
    }

    private Predicate<Caller> readableBy(UUID id) {
        return reader -> cases.findVisibleById(reader, id).isPresent();
    }

    /** Links two cases the caller can both see; the link is on the caller's own case. */
    @Transactional
    public CaseLink link(Caller caller, UUID id, CaseLinkCommand request) {
        InvestigationCase investigation = changeable(caller, id);
        InvestigationCase linked = cases.findVisibleById(caller, request.linkedCaseId())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("linkedCaseId", "case.link-unknown")),
                        "validation-failed.detail",
                        1));
        if (linked.id.equals(id)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("linkedCaseId", "case.link-self")),
                    "validation-failed.detail",
                    1);
        }
        CaseLink.Key key = new CaseLink.Key();
        key.caseId = id;
        key.linkedCaseId = linked.id;
        if (links.findByIdOptional(key).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "case.link-exists");
        }
        CaseLink link = new CaseLink();
        link.caseId = id;
        link.linkedCaseId = linked.id;
        link.relation = request.relation();
        link.createdBy = caller.username();
        link.createdAt = clock.instant();
        links.persist(link);
        timeline.record(
                id,
                caller,
                TimelineEntry.Kind.LINKED,
                request.relation() + " " + linked.reference,
                TimelineEntry.RelatedKind.CASE,
                linked.id);
        auditLog.recordReads(
                caller, AuditAction.READ, List.of(audited(linked)), "link from " + investigation.reference);
        return link;
    }

    /** The links of a case, to the cases the caller can see: a link never reveals a case the caller may not see. */
    @Transactional
    public List<Map.Entry<CaseLink, InvestigationCase>> links(Caller caller, UUID id) {
        visible(caller, id);
        List<CaseLink> found = links.from(id);
        Map<UUID, InvestigationCase> linked = new java.util.HashMap<>();
        cases.byReferences(caller, found.stream().map(link -> link.linkedCaseId).toList())
                .forEach(other -> linked.put(other.id, other));
        List<Map.Entry<CaseLink, InvestigationCase>> result = new ArrayList<>();
        for (CaseLink link : found) {
            if (linked.containsKey(link.linkedCaseId)) {
                result.add(Map.entry(link, linked.get(link.linkedCaseId)));
            }
        }
        return result;
    }

    @Transactional
    public List<TimelineEntry> timeline(Caller caller, UUID id) {
        InvestigationCase investigation = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(investigation)), "timeline");
        return timelineEntries.ofCaseAsSeenBy(caller, investigation, cases.today());
    }

    /** A case the caller may see, or 404 (never 403: existence is not revealed). */
    public InvestigationCase visible(Caller caller, UUID id) {
        return cases.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    /** A case the caller may change: its owning agency or its State's national coordinator. */
    public InvestigationCase changeable(Caller caller, UUID id) {
        InvestigationCase investigation = visible(caller, id);
        if (!investigation.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.owner-only");
        }
        return investigation;
    }

    private void apply(InvestigationCase investigation, CaseCommand request, Instant now) {
        investigation.title = request.title().strip();
        investigation.summary = request.summary();
        investigation.threats = new ArrayList<>(
                request.threats().stream().distinct().map(Enum::name).sorted().toList());
        investigation.leadInvestigator = request.leadInvestigator();
        investigation.participatingAgencies = new ArrayList<>(
                request.participatingAgencies() == null
                        ? List.of()
                        : request.participatingAgencies().stream()
                                .distinct()
                                .sorted()
                                .toList());
        investigation.prosecutor = request.prosecutor();
        investigation.court = request.court();
        investigation.judicialReference = request.judicialReference();
        investigation.searchText = SearchText.of(
                investigation.reference, investigation.title, investigation.summary, investigation.judicialReference);
        investigation.updatedAt = now;
    }

    static AuditedRecord audited(InvestigationCase investigation) {
        return AuditedRecord.of(
                RECORD_TYPE, investigation.id, investigation.sovereignty, investigation.reference, investigation.title);
    }
}
