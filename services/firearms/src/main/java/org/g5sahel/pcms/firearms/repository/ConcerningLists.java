package org.g5sahel.pcms.firearms.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/**
 * Lists of what one State found about another State's firearms (diversion notices, recovered hits): visible ones,
 * newest first, optionally only those about one State's records — the ones it must act on.
 */
final class ConcerningLists {

    private ConcerningLists() {}

    /** {@code recordStateField}: the attribute holding the State of the firearm record concerned. */
    static <E> List<E> list(
            SovereignRepository<E, UUID> repository,
            String recordStateField,
            Caller caller,
            String concerningState,
            Keyset after,
            int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (concerningState != null) {
            where.append(" and ").append(recordStateField).append(" = :concerning");
            parameters.and("concerning", concerningState);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("createdAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return repository
                .findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }
}
