package org.g5sahel.pcms.firearms.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.commons.rest.Keyset;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.DiversionNotice;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Diversion notices, read through the visibility predicate: the seizing agency and the matched record's State. */
@ApplicationScoped
public class DiversionNoticeRepository implements SovereignRepository<DiversionNotice, UUID> {

    /** {@code concerningState}: only notices about records of that State (the ones it must act on). */
    public List<DiversionNotice> list(Caller caller, String concerningState, Keyset after, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (concerningState != null) {
            where.append(" and matchedOwnerState = :concerning");
            parameters.and("concerning", concerningState);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("createdAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters).page(0, fetch)
                .list();
    }
}
