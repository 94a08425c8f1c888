package org.g5sahel.pcms.commons.review;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.access.AccessRequest;
import org.g5sahel.pcms.commons.access.AccessRequestRepository;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.commons.access.SovereignKind.EndOfReview;
import org.g5sahel.pcms.commons.access.SovereignKinds;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * The retention review (DESIGN §2, {@code reviewBy}), the same in every service over all its sovereign kinds: the
 * owner is told six months before a record's review date and when it passes ({@code <service>.record.review-due},
 * {@code review-overdue}, addressed to the owning agency alone, once per record and date); the owning agency — or its
 * State's national coordinator (rule 1) — lists what is due, re-confirms a record until a new date, narrows its
 * sharing, or ends it as its kind allows (deleted, or archived for firearm records). Every step is audited.
 */
@ApplicationScoped
public class Reviews {

    /** How long before a record's review date its owner is told (DESIGN §2). */
    public static final Period NOTICE = Period.ofMonths(6);

    /** The furthest the due list looks ahead: the longest review period of any kind. */
    static final Period LONGEST_WITHIN = Period.ofYears(10);

    static final String ENTITY = "record";

    /** Records announced per transaction. */
    private static final int BATCH = 200;

    /** The records the caller answers for: its agency's, and its State's for a national coordinator (rule 1). */
    private static final String OWNERS = "(sovereignty.ownerAgency = :reviewAgency"
            + " or (:reviewCoordinator = true and sovereignty.ownerState = :reviewState))";

    /** Due within the notice: binds {@code :today} and {@code :horizon}. */
    private static final String DUE = "sovereignty.reviewBy >= :today and sovereignty.reviewBy <= :horizon";

    /** Past its review date, hidden from all but its owner: binds {@code :today}. */
    private static final String OVERDUE = "sovereignty.reviewBy < :today";

    private static final String AFTER =
            " and (sovereignty.reviewBy > :afterDate" + " or (sovereignty.reviewBy = :afterDate and id > :afterId))";

    private final SovereignKinds kinds;
    private final AccessRequestRepository accessRequests;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public Reviews(
            SovereignKinds kinds,
            AccessRequestRepository accessRequests,
            AuditLog auditLog,
            Outbox outbox,
            EntityManager entityManager,
            Clock clock) {
        this.kinds = kinds;
        this.accessRequests = accessRequests;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A record to review as its reviewer sees it. {@code reference} and {@code title} are {@code null} where the
     * reviewer (a national coordinator) may not read the record itself: a review list reveals no more than a read.
     */
    public record Due(
            String recordType,
            UUID id,
            String reference,
            String title,
            String ownerState,
            String ownerAgency,
            LocalDate reviewBy,
            boolean overdue,
            Distribution distribution,
            List<String> sharedWith,
            EndOfReview endOfReview) {}

    /** How many of the caller's records are due within the period (not yet overdue) and overdue. */
    public record Counts(long due, long overdue) {}

    /** What the end of a review did. */
    public enum Outcome {
        DELETED,
        ARCHIVED
    }

    /**
     * The records the caller answers for whose review date falls within {@code within} from today or has passed, the
     * earliest first, in pages.
     */
    @Transactional
    public Page<Due> due(Caller caller, Period within, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ReviewKey after = ReviewKey.parse(cursor);
        LocalDate today = today();
        String where = OWNERS + " and sovereignty.reviewBy <= :horizon" + (after == null ? "" : AFTER);
        Parameters parameters = owners(caller).and("horizon", horizon(today, within));
        if (after != null) {
            parameters = parameters.and("afterDate", after.reviewBy()).and("afterId", after.id());
        }
        List<Listed> fetched = new ArrayList<>();
        for (SovereignKind<?> kind : kinds.all()) {
            for (SovereignKind.Found found : kind.inReview(where, parameters, size + 1)) {
                fetched.add(new Listed(kind, found));
            }
        }
        // The database orders uuids as unsigned bytes, which is the order of their text.
        fetched.sort(Comparator.comparing(
                        (Listed listed) -> listed.record().sovereignty().reviewBy())
                .thenComparing(listed -> listed.record().id().toString()));
        Page<Listed> page = Page.of(
                fetched.subList(0, Math.min(size + 1, fetched.size())),
                size,
                listed -> new ReviewKey(
                                listed.record().sovereignty().reviewBy(),
                                listed.record().id())
                        .key());
        List<Due> items =
                page.items().stream().map(listed -> due(caller, listed, today)).toList();
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                page.items().stream()
                        .filter(listed -> named(caller, listed))
                        .map(listed -> listed.record().audited())
                        .toList(),
                "review");
        return new Page<>(items, page.next());
    }

    @Transactional
    public Counts count(Caller caller, Period within) {
        LocalDate today = today();
        Parameters dueParameters = owners(caller).and("today", today).and("horizon", horizon(today, within));
        Parameters overdueParameters = owners(caller).and("today", today);
        long due = 0;
        long overdue = 0;
        for (SovereignKind<?> kind : kinds.all()) {
            due += kind.countInReview(OWNERS + " and " + DUE, dueParameters);
            overdue += kind.countInReview(OWNERS + " and " + OVERDUE, overdueParameters);
        }
        return new Counts(due, overdue);
    }

    /** The owner confirms the record is still needed, until {@code until}: at most the kind's period from today. */
    @Transactional
    public Due confirm(Caller caller, UUID id, LocalDate until, String reason) {
        Listed listed = reviewable(caller, id);
        LocalDate today = today();
        LocalDate latest = today.plus(listed.kind().reviewPeriod());
        if (until == null || !until.isAfter(today) || until.isAfter(latest)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("reviewBy", "review.date-out-of-range")),
                    "review.date-out-of-range.detail",
                    today.plusDays(1),
                    latest);
        }
        listed.record().sovereignty().reconfirm(caller, until);
        entityManager.flush();
        auditLog.record(
                caller, AuditAction.REVIEW_CONFIRMATION, listed.record().audited(), reason.strip(), until.toString());
        return due(caller, listed, today);
    }

    /** The owner narrows the record's sharing; anything that would let someone new see it is refused. */
    @Transactional
    public Due narrow(Caller caller, UUID id, Distribution distribution, List<String> sharedWith, String reason) {
        Listed listed = reviewable(caller, id);
        Sovereignty sovereignty = listed.record().sovereignty();
        List<String> recipients = sharedWith == null ? List.of() : sharedWith;
        if (!Narrowing.narrows(sovereignty, distribution, recipients)) {
            throw new ProblemException(ProblemType.SHARING_WIDENING_REFUSED);
        }
        sovereignty.changeSharing(
                caller, new SharingTerms(distribution, recipients, null, null, null, null, null, null));
        entityManager.flush();
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                listed.record().audited(),
                reason == null || reason.isBlank() ? "review" : reason.strip(),
                distribution.name());
        return due(caller, listed, today());
    }

    /**
     * The owner no longer needs the record: it is deleted, or archived where its kind is never deleted. A kind whose
     * records others rest on is kept; a record with an access request pending or granted waits for that decision.
     */
    @Transactional
    public Outcome end(Caller caller, UUID id, String reason) {
        Listed listed = reviewable(caller, id);
        EndOfReview endOfReview = listed.kind().endOfReview();
        if (endOfReview == EndOfReview.KEPT) {
            throw new ProblemException(ProblemType.CONFLICT, "review.kept");
        }
        if (accessRequests.count(
                        "recordId = ?1 and status in ?2",
                        id,
                        List.of(AccessRequest.Status.PENDING, AccessRequest.Status.GRANTED))
                > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "review.access-requests-open");
        }
        AuditedRecord audited = listed.record().audited();
        try {
            listed.kind().endReview(id);
        } catch (PersistenceException stillReferenced) {
            // A deletion the kind's own rule did not foresee (a row elsewhere still names the record): refused, and
            // the transaction rolls back whole.
            Log.warnf(
                    "Record %s (%s) could not be deleted at its review: %s",
                    id, audited.type(), stillReferenced.getMessage());
            throw new ProblemException(ProblemType.CONFLICT, "review.still-referenced");
        }
        Outcome outcome = endOfReview == EndOfReview.DELETE ? Outcome.DELETED : Outcome.ARCHIVED;
        auditLog.record(
                caller,
                outcome == Outcome.DELETED ? AuditAction.DELETE : AuditAction.ARCHIVE,
                audited,
                reason.strip(),
                outcome.name());
        return outcome;
    }

    @Scheduled(
            every = "${pcms.review.check:1h}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceOnSchedule() {
        int announced = announce(today());
        if (announced > 0) {
            Log.infof("%d record review(s) announced to their owners", announced);
        }
    }

    /**
     * Tells owners of the records whose review date is within {@link #NOTICE} of {@code today} ({@code review-due})
     * or has passed ({@code review-overdue}), once per record, review date and notice: a notice is written with its
     * event, and a notice already written (by an earlier run or another instance) is never published again.
     *
     * @return how many events were published
     */
    public int announce(LocalDate today) {
        int published = 0;
        for (SovereignKind<?> kind : kinds.all()) {
            published += announce(
                    kind,
                    ReviewNotice.DUE,
                    DUE,
                    Parameters.with("today", today).and("horizon", today.plus(NOTICE)),
                    today);
            published += announce(kind, ReviewNotice.OVERDUE, OVERDUE, Parameters.with("today", today), today);
        }
        return published;
    }

    private int announce(SovereignKind<?> kind, String notice, String when, Parameters parameters, LocalDate today) {
        String where = when + " and not " + ReviewNotice.given(notice);
        int published = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                List<SovereignKind.Found> found = kind.inReview(where, parameters, BATCH);
                return new Batch(found.size(), (int) found.stream()
                        .filter(record -> announce(record, notice, today))
                        .count());
            });
            published += batch.published();
            if (batch.fetched() < BATCH) {
                return published;
            }
        }
    }

    private record Batch(int fetched, int published) {}

    /** Writes the notice and, if no one wrote it before, its event: both or neither. */
    private boolean announce(SovereignKind.Found record, String notice, LocalDate today) {
        Sovereignty sovereignty = record.sovereignty();
        boolean first = entityManager
                        .createNativeQuery("insert into review_notice"
                                + " (record_id, review_by, notice, record_type, announced_at)"
                                + " values (:id, :reviewBy, :notice, :type, :at) on conflict do nothing")
                        .setParameter("id", record.id())
                        .setParameter("reviewBy", sovereignty.reviewBy())
                        .setParameter("notice", notice)
                        .setParameter("type", record.recordType())
                        .setParameter("at", clock.instant())
                        .executeUpdate()
                == 1;
        if (first) {
            AuditedRecord audited = record.audited();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("recordType", audited.type());
            data.put("recordId", record.id());
            data.put("reference", audited.reference());
            data.put("title", audited.title());
            data.put("ownerState", sovereignty.ownerState());
            data.put("ownerAgency", sovereignty.ownerAgency());
            data.put("reviewBy", sovereignty.reviewBy().toString());
            data.put("overdue", sovereignty.reviewBy().isBefore(today));
            outbox.publish(
                    ENTITY,
                    ReviewNotice.DUE.equals(notice) ? "review-due" : "review-overdue",
                    record.id(),
                    Sovereignty.addressedTo(sovereignty.ownerState(), sovereignty.ownerAgency()),
                    data);
        }
        return first;
    }

    /**
     * The record {@code id} for one who may review it (rule 1). Someone else gets 403 if they can read it, else 404
     * as for a record that does not exist.
     */
    private Listed reviewable(Caller caller, UUID id) {
        SovereignKinds.Located located = kinds.find(id).orElseThrow(ProblemException::notFound);
        if (!located.record().sovereignty().maySharingBeChangedBy(caller)) {
            if (located.kind().isVisibleTo(caller, id)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "review.owner-only");
            }
            throw ProblemException.notFound();
        }
        if (located.record().sovereignty().reviewBy() == null || !located.kind().isInReview(id)) {
            throw new ProblemException(ProblemType.CONFLICT, "review.not-in-review");
        }
        return new Listed(located.kind(), located.record());
    }

    private Due due(Caller caller, Listed listed, LocalDate today) {
        Sovereignty sovereignty = listed.record().sovereignty();
        AuditedRecord audited = named(caller, listed)
                ? listed.record().audited()
                : listed.record().audited().unnamed();
        return new Due(
                audited.type(),
                listed.record().id(),
                audited.reference(),
                audited.title(),
                sovereignty.ownerState(),
                sovereignty.ownerAgency(),
                sovereignty.reviewBy(),
                sovereignty.reviewBy().isBefore(today),
                sovereignty.distribution(),
                sovereignty.sharedWith(),
                listed.kind().endOfReview());
    }

    /** Whether the caller may read the record itself, and so see how it is named. */
    private static boolean named(Caller caller, Listed listed) {
        return listed.record().sovereignty().isOwnedBy(caller)
                || listed.kind().isVisibleTo(caller, listed.record().id());
    }

    private static Parameters owners(Caller caller) {
        return Parameters.with("reviewAgency", caller.agency())
                .and("reviewState", caller.state())
                .and("reviewCoordinator", caller.hasRole(Roles.NATIONAL_COORDINATOR));
    }

    private static LocalDate horizon(LocalDate today, Period within) {
        LocalDate horizon = today.plus(within);
        if (!horizon.isAfter(today) || horizon.isAfter(today.plus(LONGEST_WITHIN))) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("within", "review.within-out-of-range")),
                    "validation-failed.detail",
                    1);
        }
        return horizon;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private record Listed(SovereignKind<?> kind, SovereignKind.Found record) {}
}
