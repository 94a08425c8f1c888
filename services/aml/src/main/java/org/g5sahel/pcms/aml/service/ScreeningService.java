package org.g5sahel.pcms.aml.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.config.AmlConfig;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportSubject;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.aml.model.ScreeningHit;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.repository.SanctionsListRepository;
import org.g5sahel.pcms.aml.screening.Candidate;
import org.g5sahel.pcms.aml.screening.ScreeningIndex;
import org.g5sahel.pcms.aml.screening.ScreeningQuery;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.matching.Policy;

/**
 * Screens names against the sanctions lists the caller may see. Every screening states its purpose and is recorded in
 * the audit log against each list consulted (DESIGN §2 rule 5).
 */
@ApplicationScoped
public class ScreeningService {

    public static final String LIST_RECORD = "sanctions-list";

    private final ScreeningIndexHolder index;
    private final SanctionsListRepository lists;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final AmlConfig config;
    private final Clock clock;

    public ScreeningService(
            ScreeningIndexHolder index,
            SanctionsListRepository lists,
            AuditLog auditLog,
            Outbox outbox,
            AmlConfig config,
            Clock clock) {
        this.index = index;
        this.lists = lists;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public record Outcome(ScreeningQuery query, List<Candidate> candidates, List<HiddenHit> hiddenHits) {}

    /**
     * A name that scores on a national list the caller cannot see but whose owner lets hits reveal it (DESIGN §2
     * rule 3): that the person is listed, by which FIU, and the list's id to quote in an access request — not the
     * entry, its score or its reasons. One per list, however many of its entries score.
     */
    public record HiddenHit(
            String recordType, UUID reference, String ownerState, String ownerAgency, String status, Contact contact) {

        /** The same hit with whom to call: the owning FIU's desk, from the directory. */
        public HiddenHit withContact(Contact desk) {
            return new HiddenHit(recordType, reference, ownerState, ownerAgency, status, desk);
        }
    }

    /** "Listed — contact FIU X": its desk, from the directory; the agency code alone when the directory is silent. */
    public record Contact(String agency, String name, String deskPhone, String deskEmail, String deskHours) {}

    /**
     * @param nameAlone the name score needed with no date of birth to support it (the configured one when null)
     * @param locale    the language of the candidates' explanations
     */
    @Transactional
    public List<Outcome> screen(
            Caller caller, List<ScreeningQuery> queries, Double nameAlone, String purpose, Locale locale) {
        List<SanctionsList> visible = lists.visible(caller);
        Set<String> codes = visible.stream().map(list -> list.code).collect(Collectors.toSet());
        Map<String, SanctionsList> discoverable =
                lists.hiddenButDiscoverable(caller).stream().collect(Collectors.toMap(list -> list.code, list -> list));
        Policy policy = nameAlone == null
                ? config.screening().policy()
                : config.screening().policy(nameAlone);
        List<Outcome> outcomes = new ArrayList<>();
        int hits = 0;
        for (ScreeningQuery query : queries) {
            List<Candidate> found = found(query, policy, locale);
            List<Candidate> candidates = visible(found, codes);
            List<HiddenHit> hiddenHits = hiddenHits(caller, found, discoverable, purpose);
            hits += candidates.size() + hiddenHits.size();
            outcomes.add(new Outcome(query, candidates, hiddenHits));
        }
        auditLog.recordAll(
                caller,
                AuditAction.SEARCH,
                visible.stream().map(SanctionsService::audited).toList(),
                purpose,
                queries.size() + " name(s), " + hits + " candidate(s)");
        return outcomes;
    }

    /**
     * Screens the subjects of a report just created, as its owner: candidates decided under the automatic name-alone
     * threshold become hits of the report (the engine's sentences kept in French, English and Arabic, so that each
     * reader reads them in their own language), and each emits
     * {@code aml.screening.hit} with the report's distribution (the owning FIU).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ScreeningHit> screenReport(Caller owner, Report report) {
        Set<String> codes = lists.visible(owner).stream().map(list -> list.code).collect(Collectors.toSet());
        Policy policy = config.screening().policy(config.screening().automaticNameAlone());
        List<ScreeningHit> hits = new ArrayList<>();
        for (ReportSubject subject : report.subjects) {
            ScreeningQuery query = new ScreeningQuery(
                    subject.fullName,
                    subject.birthDate == null ? null : subject.birthDate.toString(),
                    subject.nationality,
                    subject.kind == SubjectKind.PERSON ? subject.idNumber : null);
            List<ScreeningIndex.Explained> found = visible(
                    index.current()
                            .screen(
                                    query,
                                    policy,
                                    candidatesAsked(),
                                    ProblemMessages.FRENCH,
                                    ProblemMessages.SUPPORTED),
                    ScreeningIndex.Explained::candidate,
                    codes);
            for (ScreeningIndex.Explained explained : found) {
                Candidate candidate = explained.candidate();
                ScreeningHit hit = new ScreeningHit();
                hit.id = UUID.randomUUID();
                hit.report = report;
                hit.subjectId = subject.id;
                hit.entryId = candidate.entryId();
                hit.listCode = candidate.listCode();
                hit.listName = candidate.listName();
                hit.referenceNumber = candidate.referenceNumber();
                hit.programme = candidate.programme();
                hit.listedName = candidate.primaryName();
                hit.score = BigDecimal.valueOf(candidate.score());
                hit.explanation = candidate.explanation();
                hit.sentences = explained.sentences();
                hit.screenedAt = clock.instant();
                Panache.getEntityManager().persist(hit);
                hits.add(hit);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("reportId", report.id);
                data.put("reportReference", report.reference);
                data.put("subjectId", subject.id);
                data.put("subjectName", subject.fullName);
                data.put("list", candidate.listCode());
                data.put("entryId", candidate.entryId());
                data.put("referenceNumber", candidate.referenceNumber());
                data.put("programme", candidate.programme());
                data.put("listedName", candidate.primaryName());
                data.put("score", candidate.score());
                outbox.publish("screening", "hit", hit.id, report.sovereignty, data);
            }
        }
        return hits;
    }

    /** The owner of each list hit can see who matched it and why (rule 3): the hit is audited on its record. */
    private List<HiddenHit> hiddenHits(
            Caller caller, List<Candidate> found, Map<String, SanctionsList> discoverable, String purpose) {
        if (discoverable.isEmpty()) {
            return List.of();
        }
        List<SanctionsList> hit = found.stream()
                .map(candidate -> discoverable.get(candidate.listCode()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        hit.forEach(list ->
                auditLog.record(caller, AuditAction.HIT, SanctionsService.audited(list), purpose, "hidden hit"));
        return hit.stream()
                .map(list -> new HiddenHit(
                        LIST_RECORD,
                        list.id,
                        list.sovereignty.ownerState(),
                        list.sovereignty.ownerAgency(),
                        "LISTED",
                        null))
                .toList();
    }

    private List<Candidate> found(ScreeningQuery query, Policy policy, Locale locale) {
        return index.current().screen(query, policy, candidatesAsked(), locale);
    }

    /** More than needed: candidates from lists the caller cannot see are dropped afterwards. */
    private int candidatesAsked() {
        return config.screening().maxCandidates() * 4;
    }

    /** The candidates from the lists the caller reads, at most the configured number. */
    private List<Candidate> visible(List<Candidate> found, Set<String> visibleLists) {
        return visible(found, candidate -> candidate, visibleLists);
    }

    /** {@link #visible(List, Set)} for candidates carried with more ({@code candidate} reads each one's). */
    private <T> List<T> visible(List<T> found, Function<T, Candidate> candidate, Set<String> visibleLists) {
        return found.stream()
                .filter(each -> visibleLists.contains(candidate.apply(each).listCode()))
                .limit(config.screening().maxCandidates())
                .toList();
    }
}
