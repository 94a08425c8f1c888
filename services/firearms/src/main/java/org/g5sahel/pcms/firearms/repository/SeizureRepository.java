package org.g5sahel.pcms.firearms.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.Seizure;

/** Seizures, read through the visibility predicate. */
@ApplicationScoped
public class SeizureRepository implements SovereignRepository<Seizure, UUID> {

    public List<Seizure> list(Caller caller, String seizingState, Keyset after, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (seizingState != null) {
            where.append(" and sovereignty.ownerState = :seizingState");
            parameters.and("seizingState", seizingState);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("createdAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }
}
