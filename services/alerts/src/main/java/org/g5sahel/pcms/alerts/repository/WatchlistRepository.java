package org.g5sahel.pcms.alerts.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.hibernate.jpa.HibernateHints;

/** Watch-list entries, always read through the visibility predicate or, for hits, its hidden-but-discoverable twin. */
@ApplicationScoped
public class WatchlistRepository implements SovereignRepository<WatchlistEntry, UUID> {

    /** Screening candidates read per round trip. */
    static final int FETCH_SIZE = 500;

    static final String IN_FORCE =
            "active = true and validFrom <= :onDay and (validUntil is null or validUntil >= :onDay)";

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
        return findVisible(caller, where.toString(), Sort.by("sortKey"), parameters)
                .page(0, fetch)
                .list();
    }

    /**
     * Entries in force of these kinds that the caller may see, among those with one of {@code ids} or sharing one of
     * {@code identifiers}, as screening candidates: a stream read {@link #FETCH_SIZE} rows at a time (close it).
     */
    public Stream<WatchlistEntry> visibleCandidates(
            Caller caller,
            Collection<WatchlistEntry.Kind> kinds,
            LocalDate day,
            Collection<UUID> ids,
            Collection<String> identifiers) {
        if (ids.isEmpty() && identifiers.isEmpty()) {
            return Stream.empty();
        }
        return findVisible(
                caller,
                IN_FORCE + " and kind in :kinds and " + reached(ids, identifiers),
                Sort.by("sortKey"),
                candidates(kinds, day, ids, identifiers))
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .stream();
    }

    /**
     * {@link #visibleCandidates} for the entries in force the caller may not see but whose existence a hit may reveal
     * (hit / no-hit).
     */
    public Stream<WatchlistEntry> hiddenCandidates(
            Caller caller,
            Collection<WatchlistEntry.Kind> kinds,
            LocalDate day,
            Collection<UUID> ids,
            Collection<String> identifiers) {
        if (ids.isEmpty() && identifiers.isEmpty()) {
            return Stream.empty();
        }
        return findHiddenHits(
                caller,
                IN_FORCE + " and kind in :kinds and " + reached(ids, identifiers),
                candidates(kinds, day, ids, identifiers))
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .stream();
    }

    private static String reached(Collection<UUID> ids, Collection<String> identifiers) {
        if (ids.isEmpty()) {
            return "array_intersects(identifiers, :identifiers)";
        }
        return identifiers.isEmpty() ? "id in :ids" : "(id in :ids or array_intersects(identifiers, :identifiers))";
    }

    /** The identifiers as an array, not a list: a list parameter would be expanded into a tuple. */
    private static Parameters candidates(
            Collection<WatchlistEntry.Kind> kinds,
            LocalDate day,
            Collection<UUID> ids,
            Collection<String> identifiers) {
        Parameters parameters = Parameters.with("kinds", kinds).and("onDay", day);
        if (!ids.isEmpty()) {
            parameters.and("ids", ids);
        }
        if (!identifiers.isEmpty()) {
            parameters.and("identifiers", identifiers.toArray(String[]::new));
        }
        return parameters;
    }
}
