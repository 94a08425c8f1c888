package org.g5sahel.pcms.alerts.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Watch-list entries, always read through the visibility predicate or, for hits, its hidden-but-discoverable twin. */
@ApplicationScoped
public class WatchlistRepository implements SovereignRepository<WatchlistEntry, UUID> {

    static final String IN_FORCE = "active = true and validFrom <= :onDay and (validUntil is null or validUntil >= :onDay)";

    public List<WatchlistEntry> search(Caller caller, WatchlistEntry.Kind kind, String afterSortKey, int fetch) {
        StringBuilder where = new StringBuilder("active = true");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (afterSortKey != null) {
            where.append(" and sortKey > :after");
            parameters.and("after", afterSortKey);
        }
        return findVisible(caller, where.toString(), Sort.by("sortKey"), parameters).page(0, fetch).list();
    }

    /** Entries in force of these kinds that the caller may see, as screening candidates. */
    public List<WatchlistEntry> visibleCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day) {
        return findVisible(caller, IN_FORCE + " and kind in :kinds", Sort.by("sortKey"),
                Parameters.with("kinds", kinds).and("onDay", day)).list();
    }

    /** Entries in force the caller may not see but whose existence a hit may reveal (hit / no-hit). */
    public List<WatchlistEntry> hiddenCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day) {
        return findHiddenHits(caller, IN_FORCE + " and kind in :kinds", Parameters.with("kinds", kinds).and("onDay", day))
                .list();
    }
}
