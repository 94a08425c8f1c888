package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CorrelationHit;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectIdentifier;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.CorrelationRepository;
import org.g5sahel.pcms.cases.repository.IdentifierRepository;
import org.g5sahel.pcms.cases.repository.SubjectRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Cross-border hit / no-hit (DESIGN §2 rule 3). A subject's strong identifiers are stored as keyed hashes; when one
 * matches a subject of another State's discoverable case, both owning agencies are told — the identifier kinds, the
 * other owner and the case references, nothing of the subjects. One correlation per pair of cases. Names with dates
 * of birth are no strong identifier: they make possible matches ({@link PossibleMatches}), listed with these hits.
 */
@ApplicationScoped
public class CorrelationService {

    static final String ENTITY = "correlation";
    /** A correlation on strong identifiers: the same document, phone, plate, account or firearm. */
    public static final String STRONG_IDENTIFIER = "STRONG_IDENTIFIER";
    /** A correlation on names with the same date of birth ({@link PossibleMatches}): to be checked, not a hit. */
    public static final String POSSIBLE_MATCH = "POSSIBLE_MATCH";

    private final StrongIdentifiers strongIdentifiers;
    private final PossibleMatches possibleMatches;
    private final IdentifierRepository identifiers;
    private final CorrelationRepository correlations;
    private final CaseRepository cases;
    private final SubjectRepository subjects;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public CorrelationService(
            StrongIdentifiers strongIdentifiers,
            PossibleMatches possibleMatches,
            IdentifierRepository identifiers,
            CorrelationRepository correlations,
            CaseRepository cases,
            SubjectRepository subjects,
            CaseTimeline timeline,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.strongIdentifiers = strongIdentifiers;
        this.possibleMatches = possibleMatches;
        this.identifiers = identifiers;
        this.correlations = correlations;
        this.cases = cases;
        this.subjects = subjects;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * One side of a correlation, as its owner sees it: which of its own subjects hold the shared identifiers (named
     * only where the caller may see that subject's identity), and of the other side only its case and owner.
     */
    public record Side(
            CorrelationHit hit, InvestigationCase own, InvestigationCase other, List<MatchedSubject> ownSubjects) {}

    /** A subject of the caller's own case that holds identifiers the other case holds too. */
    public record MatchedSubject(UUID subjectId, String displayName, List<String> identifierKinds) {}

    /** Correlates a subject just added (never a protected person): strong identifiers, then possible matches. */
    @Transactional(Transactional.TxType.MANDATORY)
    void correlate(Caller caller, InvestigationCase investigation, Subject subject) {
        correlateStrongIdentifiers(caller, investigation, subject);
        possibleMatches.correlate(caller, investigation, subject);
    }

    private void correlateStrongIdentifiers(Caller caller, InvestigationCase investigation, Subject subject) {
        Map<String, SubjectIdentifier.Kind> hashes = strongIdentifiers.of(subject.details);
        for (Map.Entry<String, SubjectIdentifier.Kind> hash : hashes.entrySet()) {
            SubjectIdentifier identifier = new SubjectIdentifier();
            identifier.subjectId = subject.id;
            identifier.kind = hash.getValue();
            identifier.keyedHash = hash.getKey();
            identifier.caseId = investigation.id;
            identifier.ownerState = investigation.sovereignty.ownerState();
            identifier.ownerAgency = investigation.sovereignty.ownerAgency();
            identifiers.persist(identifier);
        }
        if (!investigation.sovereignty.discoverable()) {
            return;
        }
        Map<UUID, Set<SubjectIdentifier.Kind>> kindsByCase = new LinkedHashMap<>();
        for (SubjectIdentifier match :
                identifiers.crossBorderMatches(hashes.keySet(), investigation.sovereignty.ownerState())) {
            if (hashes.get(match.keyedHash) == match.kind) {
                kindsByCase
                        .computeIfAbsent(match.caseId, id -> new LinkedHashSet<>())
                        .add(match.kind);
            }
        }
        Instant now = clock.instant();
        kindsByCase.forEach((otherCaseId, kinds) -> {
            boolean isNew = false;
            UUID correlationId = null;
            for (SubjectIdentifier.Kind kind : kinds) {
                CorrelationRepository.Recorded recorded =
                        correlations.record(investigation.id, otherCaseId, kind.name(), now);
                isNew |= recorded.isNew();
                correlationId = recorded.id();
            }
            if (isNew) {
                notifyBothOwners(caller, correlationId, investigation, cases.findById(otherCaseId), kinds);
            }
        });
    }

    @Transactional
    public List<Side> involving(Caller caller) {
        boolean wholeState = caller.hasRole(Roles.NATIONAL_COORDINATOR);
        return correlations.involving(caller, wholeState).stream()
                .map(hit -> {
                    InvestigationCase a = cases.findById(hit.caseA);
                    InvestigationCase b = cases.findById(hit.caseB);
                    boolean ownsA = wholeState
                            ? a.sovereignty.ownerState().equals(caller.state())
                            : a.sovereignty.isOwnedBy(caller);
                    InvestigationCase own = ownsA ? a : b;
                    InvestigationCase other = ownsA ? b : a;
                    return new Side(hit, own, other, matchedSubjects(caller, own, other));
                })
                .toList();
    }

    /**
     * The caller's subjects behind the hit. A national coordinator who cannot read the case itself learns which kinds
     * matched, not whom; a protected person stays masked unless released to the caller.
     */
    private List<MatchedSubject> matchedSubjects(Caller caller, InvestigationCase own, InvestigationCase other) {
        if (cases.findVisibleById(caller, own.id).isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<String>> kindsBySubject = new LinkedHashMap<>();
        for (SubjectIdentifier shared : identifiers.sharedWith(own.id, other.id)) {
            kindsBySubject
                    .computeIfAbsent(shared.subjectId, id -> new LinkedHashSet<>())
                    .add(shared.kind.name());
        }
        return kindsBySubject.entrySet().stream()
                .map(entry -> {
                    Subject subject = subjects.findById(entry.getKey());
                    String name = SubjectService.identityVisibleTo(caller, subject, own) ? subject.displayName : null;
                    return new MatchedSubject(subject.id, name, List.copyOf(entry.getValue()));
                })
                .toList();
    }

    private void notifyBothOwners(
            Caller caller,
            UUID correlationId,
            InvestigationCase added,
            InvestigationCase existing,
            Set<SubjectIdentifier.Kind> kinds) {
        List<String> kindNames = kinds.stream().map(Enum::name).sorted().toList();
        for (InvestigationCase[] pair :
                List.of(new InvestigationCase[] {added, existing}, new InvestigationCase[] {existing, added})) {
            InvestigationCase own = pair[0];
            InvestigationCase other = pair[1];
            // Addressed to the case's owner alone (rule 7): the hit names the other State's case, which the
            // readers of this case may not see.
            outbox.publish(
                    ENTITY,
                    "hit",
                    correlationId,
                    Sovereignty.addressedTo(own.sovereignty.ownerState(), own.sovereignty.ownerAgency()),
                    Map.of(
                            "correlationId",
                            correlationId,
                            "identifierKinds",
                            kindNames,
                            "caseReference",
                            own.reference,
                            "otherState",
                            other.sovereignty.ownerState(),
                            "otherAgency",
                            other.sovereignty.ownerAgency(),
                            "otherCaseReference",
                            other.reference));
            timeline.recordByPlatform(
                    own.id,
                    TimelineEntry.Kind.CORRELATION_HIT,
                    String.join(", ", kindNames) + " shared with " + other.reference + " ("
                            + other.sovereignty.ownerAgency() + ")",
                    TimelineEntry.RelatedKind.CASE,
                    other.id);
        }
        // The owner of the existing case can list who matched its record (rule 3).
        auditLog.record(
                caller,
                AuditAction.HIT,
                CaseService.audited(existing),
                "subject added to " + added.reference,
                String.join(",", kindNames));
    }
}
