package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * Case counts by State, threat and month. A State's coordinator counts all of its own State's cases; regional figures
 * count only the cases their owners shared with the whole G5 (G5 or PARTNERS distribution), so that no State's
 * unshared work can be inferred from them.
 */
@ApplicationScoped
public class StatisticsService {

    public record Count(String state, String threat, String month, long cases) {}

    public record Statistics(String state, List<Count> national, List<Count> regional) {}

    private static final String COUNT_BY_STATE_THREAT_MONTH = """
            select c.owner_state, t.threat, to_char(date_trunc('month', c.created_at at time zone 'UTC'), 'YYYY-MM'),
                   count(*)
            from investigation_case c cross join lateral unnest(c.threats) as t(threat)
            where %s
            group by 1, 2, 3 order by 1, 3, 2""";

    private final EntityManager entityManager;

    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Statistics of(Caller caller) {
        List<Count> national = counts("c.owner_state = :state", caller.state());
        List<Count> regional = counts("c.distribution in ('G5', 'PARTNERS')", null);
        return new Statistics(caller.state(), national, regional);
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String where, String state) {
        var query = entityManager.createNativeQuery(COUNT_BY_STATE_THREAT_MONTH.formatted(where));
        if (state != null) {
            query.setParameter("state", state);
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> new Count(
                                (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()))
                        .toList();
    }
}
