package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectMatch;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.SubjectMatchRepository;
import org.g5sahel.pcms.cases.repository.SubjectRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.matching.BirthDate;
import org.g5sahel.pcms.matching.Comparison;
import org.g5sahel.pcms.matching.Decision;
import org.g5sahel.pcms.matching.Explanations;
import org.g5sahel.pcms.matching.MatchKeys;
import org.g5sahel.pcms.matching.NameMatching;

/**
 * Possible matches by name and date of birth between person subjects of two States' cases: the names are keyed and
 * compared by the platform's one matching engine ({@link NameMatching}), across spellings, scripts, particles and
 * word order. A person's names are not a strong identifier, so a possible match is recorded apart from the
 * strong-identifier hits ({@link CorrelationService}), one per pair of subjects, under the same rules: the new subject
 * must not be a protected person (the caller does not correlate those), its case must be discoverable, and the
 * candidates are unprotected persons of other States' discoverable cases born the same day whose name keys meet. Only
 * a decision {@link Decision.Reason#NAME_AND_BIRTH_DATE} is recorded. Both owning agencies are told of it as of a hit
 * (kinds, other owner, case references, never the other's name); the word-by-word explanation is given only to a
 * reader who may see both subjects.
 */
@ApplicationScoped
public class PossibleMatches {

    /** The only basis of a possible match between cases: the names, with the same full date of birth. */
    public static final String BASIS = Decision.Reason.NAME_AND_BIRTH_DATE.name();

    static final String EVENT = "possible-match";

    private final NameMatching matching = NameMatching.standard();
    private final SubjectMatchRepository matches;
    private final SubjectRepository subjects;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public PossibleMatches(
            SubjectMatchRepository matches,
            SubjectRepository subjects,
            CaseRepository cases,
            CaseTimeline timeline,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.matches = matches;
        this.subjects = subjects;
        this.cases = cases;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * One side of a possible match as its owner sees it: its own subject (named where the caller may see who it is),
     * of the other side only its case and owner, and the explanation if the caller may see both subjects.
     */
    public record Side(
            SubjectMatch match,
            InvestigationCase own,
            InvestigationCase other,
            CorrelationService.MatchedSubject ownSubject,
            List<String> explanation) {}

    /** The names of a person as the engine reads them: the Latin name, the name in its own script, the aliases. */
    static List<String> names(SubjectDetails.Person person) {
        List<String> names = new ArrayList<>();
        if (person.nameLatin() != null) {
            names.add(person.nameLatin());
        }
        if (person.nameOriginalScript() != null) {
            names.add(person.nameOriginalScript());
        }
        if (person.aliases() != null) {
            names.addAll(person.aliases());
        }
        return names;
    }

    /**
     * Sets the date of birth of a person subject and the keys of its names under this engine's version, before the
     * subject is first written (a protected person is never keyed).
     */
    void key(Subject subject) {
        SubjectDetails.Person person = subject.details.person();
        if (person == null) {
            return;
        }
        subject.birthDate = person.dateOfBirth();
        MatchKeys keys = matching.keys(names(person));
        subject.nameKeys = new ArrayList<>(keys.keys());
        subject.nameKeysVersion = keys.version();
    }

    /**
     * The keys of a candidate, computed again and stored if they were computed under another version (another key
     * scheme or romanisation table), without touching the subject's version.
     */
    private MatchKeys currentKeys(Subject subject) {
        if (matching.keysVersion().equals(subject.nameKeysVersion)) {
            return new MatchKeys(subject.nameKeysVersion, Set.copyOf(subject.nameKeys));
        }
        MatchKeys keys = matching.keys(names(subject.details.person()));
        subjects.storeNameKeys(subject.id, keys.version(), keys.keys());
        return keys;
    }

    /**
     * Seeks the possible matches of a person subject just added to a case and keyed. Never called for a protected
     * person, who is neither keyed nor a candidate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void correlate(Caller caller, InvestigationCase investigation, Subject subject) {
        LocalDate birthDate = subject.birthDate;
        if (birthDate == null
                || subject.nameKeys == null
                || subject.nameKeys.isEmpty()
                || !investigation.sovereignty.discoverable()) {
            return;
        }
        MatchKeys keys = new MatchKeys(subject.nameKeysVersion, Set.copyOf(subject.nameKeys));
        for (Subject candidate : subjects.possibleMatchCandidates(
                birthDate, investigation.sovereignty.ownerState(), keys.version(), keys.keys())) {
            if (candidate.details.person() == null || !keys.meets(currentKeys(candidate))) {
                continue;
            }
            Comparison comparison = compare(subject, candidate);
            Decision decision = matching.decide(comparison);
            if (!decision.hit() || decision.reason() != Decision.Reason.NAME_AND_BIRTH_DATE) {
                continue;
            }
            SubjectMatchRepository.Recorded recorded =
                    matches.record(subject, candidate, BASIS, comparison.nameScore(), clock.instant());
            if (recorded.isNew()) {
                notifyBothOwners(caller, recorded.id(), investigation, cases.findById(candidate.caseId));
            }
        }
    }

    private Comparison compare(Subject query, Subject listed) {
        return matching.compare(matchingSubject(query), matchingSubject(listed));
    }

    /** Names and date of birth only: a shared document is a strong-identifier hit, not the engine's to decide here. */
    private static org.g5sahel.pcms.matching.Subject matchingSubject(Subject subject) {
        return new org.g5sahel.pcms.matching.Subject(
                names(subject.details.person()), BirthDate.of(subject.birthDate), null, null, false);
    }

    @Transactional
    public List<Side> involving(Caller caller, Locale locale) {
        boolean wholeState = caller.hasRole(Roles.NATIONAL_COORDINATOR);
        return matches.involving(caller, wholeState).stream()
                .map(match -> {
                    Subject a = subjects.findById(match.subjectA);
                    Subject b = subjects.findById(match.subjectB);
                    InvestigationCase caseA = cases.findById(match.caseA);
                    InvestigationCase caseB = cases.findById(match.caseB);
                    boolean ownsA = wholeState
                            ? caseA.sovereignty.ownerState().equals(caller.state())
                            : caseA.sovereignty.isOwnedBy(caller);
                    Subject ownSubject = ownsA ? a : b;
                    Subject otherSubject = ownsA ? b : a;
                    InvestigationCase own = ownsA ? caseA : caseB;
                    InvestigationCase other = ownsA ? caseB : caseA;
                    boolean seesOwn = seesIdentity(caller, ownSubject, own);
                    CorrelationService.MatchedSubject matched = new CorrelationService.MatchedSubject(
                            ownSubject.id, seesOwn ? ownSubject.displayName : null, List.of(match.basis));
                    List<String> explanation = null;
                    if (seesOwn && seesIdentity(caller, otherSubject, other)) {
                        Comparison comparison = compare(ownSubject, otherSubject);
                        explanation = Explanations.render(comparison, matching.decide(comparison), locale);
                    }
                    return new Side(match, own, other, matched, explanation);
                })
                .toList();
    }

    /** Whether the caller reads the subject's case and sees who the subject is. */
    private boolean seesIdentity(Caller caller, Subject subject, InvestigationCase investigation) {
        return cases.findVisibleById(caller, investigation.id).isPresent()
                && SubjectService.identityVisibleTo(caller, subject, investigation);
    }

    private void notifyBothOwners(Caller caller, UUID matchId, InvestigationCase added, InvestigationCase existing) {
        for (InvestigationCase[] pair :
                List.of(new InvestigationCase[] {added, existing}, new InvestigationCase[] {existing, added})) {
            InvestigationCase own = pair[0];
            InvestigationCase other = pair[1];
            // Addressed to the case's owner alone (rule 7), and without either name: the other State's subject is
            // not the reader's to see.
            outbox.publish(
                    CorrelationService.ENTITY,
                    EVENT,
                    matchId,
                    Sovereignty.addressedTo(own.sovereignty.ownerState(), own.sovereignty.ownerAgency()),
                    Map.of(
                            "correlationId",
                            matchId,
                            "kind",
                            CorrelationService.POSSIBLE_MATCH,
                            "basis",
                            BASIS,
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
                    TimelineEntry.Kind.POSSIBLE_MATCH,
                    BASIS + " possible match with " + other.reference + " (" + other.sovereignty.ownerAgency() + ")",
                    TimelineEntry.RelatedKind.CASE,
                    other.id);
        }
        auditLog.record(
                caller, AuditAction.HIT, CaseService.audited(existing), "subject added to " + added.reference, BASIS);
    }
}
