package org.g5sahel.pcms.aml.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/** Reports, always read through the visibility predicate; newest first, keyset on (createdAt, id). */
@ApplicationScoped
public class ReportRepository implements SovereignRepository<Report, UUID> {

    public List<Report> search(
            Caller caller, ReportKind kind, String subjectPattern, Instant afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (subjectPattern != null) {
            where.append(
                    " and exists (select 1 from ReportSubject s where s.report = this and s.searchText like :pattern escape '\\')");
            parameters.and("pattern", subjectPattern);
        }
        if (afterCreated != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        return findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }
}
