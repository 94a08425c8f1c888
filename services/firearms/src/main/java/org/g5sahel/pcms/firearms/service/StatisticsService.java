package org.g5sahel.pcms.firearms.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Visibility;
import org.g5sahel.pcms.firearms.model.AttCategory;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;

/**
 * Counts over what the caller may see: the visibility predicate is part of every aggregate query, so that no count
 * reveals a record the caller could not list.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager entityManager;

    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One group and its count; {@code key} is a State, a type, a status or a month ({@code 2026-03}). */
    public record Count(String key, long count) {}

    public record Breakdown(
            long total, List<Count> byState, List<Count> byType, List<Count> byStatus, List<Count> byMonth) {}

    public record Overview(Breakdown records, Breakdown seizures, long diversions) {}

    /** One ATT category of an annual summary: what happened to firearms of that category during the year. */
    public record CategoryLine(
            AttCategory category,
            String group,
            String label,
            long registered,
            long seized,
            long lost,
            long stolen,
            long found,
            long deactivated,
            long destroyed) {}

    public record AnnualSummary(int year, String state, List<CategoryLine> categories) {}

    /**
     * Records by owning State, type, status and month of registration; seizures by seizing State and month.
     *
     * @param makes the compact names of a make's family ({@link Makes#family}), or null for all makes
     */
    @Transactional
    public Overview overview(Caller caller, Set<String> makes, LocalDate from, LocalDate to) {
        Parameters recordParameters = new Parameters();
        StringBuilder recordWhere = new StringBuilder(Visibility.CLAUSE);
        if (makes != null) {
            recordWhere.append(" and makeCompact in :makes");
            recordParameters.and("makes", makes);
        }
        if (from != null) {
            recordWhere.append(" and createdAt >= :from");
            recordParameters.and("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            recordWhere.append(" and createdAt < :to");
            recordParameters.and("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        Parameters records = Visibility.parameters(caller, LocalDate.now(ZoneOffset.UTC), recordParameters);
        String where = recordWhere.toString();
        Breakdown recordBreakdown = new Breakdown(
                total("select count(*) from Firearm where " + where, records),
                counts(
                        "select sovereignty.ownerState, count(*) from Firearm where " + where
                                + " group by sovereignty.ownerState order by 1",
                        records),
                counts("select type, count(*) from Firearm where " + where + " group by type order by 1", records),
                counts("select status, count(*) from Firearm where " + where + " group by status order by 1", records),
                months(
                        "select extract(year from createdAt), extract(month from createdAt), count(*) from Firearm"
                                + " where " + where + " group by 1, 2 order by 1, 2",
                        records));

        Parameters seizureParameters = new Parameters();
        StringBuilder seizureWhere = new StringBuilder(Visibility.CLAUSE);
        if (from != null) {
            seizureWhere.append(" and seizedOn >= :from");
            seizureParameters.and("from", from);
        }
        if (to != null) {
            seizureWhere.append(" and seizedOn <= :to");
            seizureParameters.and("to", to);
        }
        Parameters seizures = Visibility.parameters(caller, LocalDate.now(ZoneOffset.UTC), seizureParameters);
        String seizedWhere = seizureWhere.toString();
        Breakdown seizureBreakdown = new Breakdown(
                total("select count(*) from Seizure where " + seizedWhere, seizures),
                counts(
                        "select sovereignty.ownerState, count(*) from Seizure where " + seizedWhere
                                + " group by sovereignty.ownerState order by 1",
                        seizures),
                List.of(),
                List.of(),
                months(
                        "select extract(year from seizedOn), extract(month from seizedOn), count(*) from Seizure"
                                + " where " + seizedWhere + " group by 1, 2 order by 1, 2",
                        seizures));
        long diversions = total(
                "select count(*) from DiversionNotice where " + Visibility.CLAUSE,
                Visibility.parameters(caller, LocalDate.now(ZoneOffset.UTC), new Parameters()));
        return new Overview(recordBreakdown, seizureBreakdown, diversions);
    }

    /**
     * The year's movements of {@code state}'s firearms by ATT category, from the status history (the date an event
     * happened, not the date it was entered): first registrations, seizures, losses, thefts, recoveries,
     * deactivations and destructions.
     */
    @Transactional
    public AnnualSummary annualSummary(Caller caller, int year, String state) {
        Parameters parameters = Visibility.parameters(
                caller,
                LocalDate.now(ZoneOffset.UTC),
                Parameters.with("state", state)
                        .and("from", LocalDate.of(year, 1, 1))
                        .and("to", LocalDate.of(year, 12, 31)));
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select f.type, h.fromStatus, h.toStatus, count(*)"
                        + " from Firearm f join StatusChange h on h.firearmId = f.id where " + Visibility.CLAUSE
                        + " and f.sovereignty.ownerState = :state and h.occurredOn between :from and :to"
                        + " group by f.type, h.fromStatus, h.toStatus",
                Object[].class);
        parameters.map().forEach(query::setParameter);
        Map<AttCategory, long[]> lines = new EnumMap<>(AttCategory.class);
        for (AttCategory category : AttCategory.values()) {
            lines.put(category, new long[7]);
        }
        for (Object[] row : query.getResultList()) {
            long[] line = lines.get(((FirearmType) row[0]).attCategory());
            long count = ((Number) row[3]).longValue();
            if (row[1] == null) {
                line[0] += count;
            }
            switch ((FirearmStatus) row[2]) {
                case SEIZED -> line[1] += count;
                case LOST -> line[2] += count;
                case STOLEN -> line[3] += count;
                case FOUND, RECOVERED -> line[4] += count;
                case DEACTIVATED -> line[5] += count;
                case DESTROYED -> line[6] += count;
                case REGISTERED_LICIT, RETURNED_TO_HOLDER -> {
                    // a registration (counted above) or a return to the lawful holder, not an ATT movement
                }
            }
        }
        List<CategoryLine> categories = new ArrayList<>();
        lines.forEach((category, line) -> categories.add(new CategoryLine(
                category,
                category.group(),
                category.label(),
                line[0],
                line[1],
                line[2],
                line[3],
                line[4],
                line[5],
                line[6])));
        return new AnnualSummary(year, state, categories);
    }

    private long total(String hql, Parameters parameters) {
        TypedQuery<Long> query = entityManager.createQuery(hql, Long.class);
        parameters.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<Count> counts(String hql, Parameters parameters) {
        TypedQuery<Object[]> query = entityManager.createQuery(hql, Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Count(String.valueOf(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    private List<Count> months(String hql, Parameters parameters) {
        TypedQuery<Object[]> query = entityManager.createQuery(hql, Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Count(
                        String.format("%04d-%02d", ((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue()))
                .toList();
    }
}
