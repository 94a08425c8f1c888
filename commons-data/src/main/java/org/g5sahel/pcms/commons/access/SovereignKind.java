package org.g5sahel.pcms.commons.access;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.audit.RecordLocator;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * One kind of sovereign record a service keeps, as the use cases every service shares address it by id: auditing
 * refused attempts ({@link RecordLocator}), access requests and the retention review. Each service produces one per
 * kind, saying how often the kind is reviewed and what the end of a review does to it ({@link EndOfReview}).
 *
 * @param <E> an entity embedding {@link Sovereignty}
 */
public final class SovereignKind<E> implements RecordLocator {

    /** The review period of nominal data (INTERPOL's Rules on the Processing of Data), the default of every kind. */
    public static final Period NOMINAL_DATA_REVIEW = Period.ofYears(5);

    /** What an owner who no longer needs a record at its review may do with it. */
    public enum EndOfReview {
        /** The record is deleted, with the rows that are part of it; the audit trail stays. */
        DELETE,
        /** The record is kept for tracing but leaves everyday lists and the review (firearm records). */
        ARCHIVE,
        /**
         * Neither: other records rest on it. The owner re-confirms it or narrows its sharing; past its date it stays
         * hidden from everyone but the owning agency.
         */
        KEPT
    }

    /** The alias of the record in the conditions of {@link #inReview} and {@link #countInReview}. */
    public static final String RECORD = "record";

    private final SovereignRepository<E, UUID> repository;
    private final String entityName;
    private final Function<E, Sovereignty> sovereignty;
    private final Function<E, AuditedRecord> audited;
    private final Period reviewPeriod;
    private final EndOfReview endOfReview;
    private final String inReview;
    private final Consumer<E> end;

    private SovereignKind(
            SovereignRepository<E, UUID> repository,
            Function<E, Sovereignty> sovereignty,
            Function<E, AuditedRecord> audited,
            Period reviewPeriod,
            EndOfReview endOfReview,
            String inReview,
            Consumer<E> end) {
        this.repository = repository;
        this.entityName = entityName(repository);
        this.sovereignty = sovereignty;
        this.audited = audited;
        this.reviewPeriod = reviewPeriod;
        this.endOfReview = endOfReview;
        this.inReview = inReview;
        this.end = end;
    }

    /** A kind reviewed every {@link #NOMINAL_DATA_REVIEW}, {@link EndOfReview#KEPT} at the end of a review. */
    public static <E> SovereignKind<E> of(
            SovereignRepository<E, UUID> repository,
            Function<E, Sovereignty> sovereignty,
            Function<E, AuditedRecord> audited) {
        return new SovereignKind<>(repository, sovereignty, audited, NOMINAL_DATA_REVIEW, EndOfReview.KEPT, null, null);
    }

    /** The same kind, re-confirmed for at most {@code period} at a time (10 years for firearms records). */
    public SovereignKind<E> reviewedEvery(Period period) {
        return new SovereignKind<>(
                repository, sovereignty, audited, Objects.requireNonNull(period), endOfReview, inReview, end);
    }

    /**
     * The same kind, deleted at the end of a review by {@code delete}, which removes the record and the rows that are
     * part of it (and fails with a problem where something else still rests on it).
     */
    public SovereignKind<E> deletedBy(Consumer<E> delete) {
        return new SovereignKind<>(
                repository,
                sovereignty,
                audited,
                reviewPeriod,
                EndOfReview.DELETE,
                null,
                Objects.requireNonNull(delete));
    }

    /**
     * The same kind, archived at the end of a review by {@code archive}.
     *
     * @param notArchived HQL condition on the entity that holds for records not archived: archived records leave the
     *                    review
     */
    public SovereignKind<E> archivedBy(String notArchived, Consumer<E> archive) {
        return new SovereignKind<>(
                repository,
                sovereignty,
                audited,
                reviewPeriod,
                EndOfReview.ARCHIVE,
                Objects.requireNonNull(notArchived),
                Objects.requireNonNull(archive));
    }

    /** A record of this kind found by id, managed: changes to its sovereignty are saved with the transaction. */
    public record Found(AuditedRecord audited, Sovereignty sovereignty) {

        public String recordType() {
            return audited.type();
        }

        public UUID id() {
            return UUID.fromString(audited.id());
        }
    }

    @Override
    public Optional<LocatedRecord> locate(Caller caller, UUID id) {
        return repository
                .findByIdOptional(id)
                .map(record -> new LocatedRecord(audited.apply(record), isVisibleTo(caller, id)));
    }

    public Optional<Found> find(UUID id) {
        return repository.findByIdOptional(id).map(this::found);
    }

    public boolean isVisibleTo(Caller caller, UUID id) {
        return repository.findVisibleById(caller, id).isPresent();
    }

    /** Whether a hit / no-hit search may show the caller that this record exists (rule 3). */
    public boolean isDiscoverableBy(Caller caller, UUID id) {
        return repository
                        .findHiddenHits(caller, "id = :id", Parameters.with("id", id))
                        .count()
                > 0;
    }

    public Period reviewPeriod() {
        return reviewPeriod;
    }

    public EndOfReview endOfReview() {
        return endOfReview;
    }

    /** Whether the record is still under review: not archived. */
    public boolean isInReview(UUID id) {
        return inReview == null || repository.count("id = :id and " + inReview, Parameters.with("id", id)) > 0;
    }

    /**
     * Records under review matching {@code where} (HQL on the entity, aliased {@link #RECORD} for subqueries), in the
     * order of their review date then id.
     */
    public List<Found> inReview(String where, Parameters parameters, int limit) {
        return repository
                .find(inReviewQuery(where), Sort.by("sovereignty.reviewBy").and("id"), parameters)
                .page(0, limit)
                .stream()
                .map(this::found)
                .toList();
    }

    /** How many records under review match {@code where}. */
    public long countInReview(String where, Parameters parameters) {
        return repository.count(inReviewQuery(where), parameters);
    }

    /**
     * Ends the review of record {@code id} as the kind allows: deleted or archived.
     *
     * @throws IllegalStateException for a kind whose records are {@link EndOfReview#KEPT}
     */
    public void endReview(UUID id) {
        if (end == null) {
            throw new IllegalStateException("records of this kind are kept at the end of a review");
        }
        repository.findByIdOptional(id).ifPresent(end);
        repository.flush();
    }

    /** Today as the visibility predicate sees it. */
    public LocalDate today() {
        return repository.today();
    }

    /** A whole query rather than a condition, so that a subquery may name the record by its alias. */
    private String inReviewQuery(String where) {
        return "from " + entityName + " " + RECORD + " where sovereignty.reviewBy is not null and (" + where + ")"
                + (inReview == null ? "" : " and " + inReview);
    }

    /**
     * The entity name of the repository's {@code E}, read from its declaration ({@code implements
     * SovereignRepository<Firearm, UUID>}), through the CDI proxy that extends it.
     */
    private static String entityName(SovereignRepository<?, UUID> repository) {
        for (Class<?> type = repository.getClass(); type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == SovereignRepository.class
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity) {
                    Entity annotation = entity.getAnnotation(Entity.class);
                    return annotation == null || annotation.name().isEmpty()
                            ? entity.getSimpleName()
                            : annotation.name();
                }
            }
        }
        throw new IllegalArgumentException(
                repository.getClass() + " does not declare SovereignRepository<Entity, UUID>");
    }

    private Found found(E record) {
        return new Found(audited.apply(record), sovereignty.apply(record));
    }
}
