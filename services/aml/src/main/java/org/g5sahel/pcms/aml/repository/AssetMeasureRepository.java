package org.g5sahel.pcms.aml.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.AssetMeasure;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/** Asset measures, always read through the visibility predicate; newest first, keyset on (createdAt, id). */
@ApplicationScoped
public class AssetMeasureRepository implements SovereignRepository<AssetMeasure, UUID> {

    public List<AssetMeasure> search(
            Caller caller, MeasureKind kind, UUID reportId, Instant afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (reportId != null) {
            where.append(" and reportId = :reportId");
            parameters.and("reportId", reportId);
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
