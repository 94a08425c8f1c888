package org.g5sahel.pcms.alerts.repository;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Watch-list entries, always read through the visibility predicate or, for hits, its hidden-but-discoverable twin. */
@ApplicationScoped
public class WatchlistRepository implements SovereignRepository<WatchlistEntry, UUID> {

    /** Screening candidates read per round trip. */
    static final int FETCH_SIZE = 500;

    static final String IN_FORCE = "active = true and validFrom <= :onDay and (validUntil is null or validUntil >= :onDay)";

    /** Entries whose screening keys are missing or of another version: "<" and ">" rather than "<>", for the index. */
    static final String UNKEYED = "screeningKeysVersion is null or screeningKeysVersion < :keysVersion"
            + " or screeningKeysVersion > :keysVersion";

    /**
     * Screening candidates: an entry sharing a screening key with the screened names or a strong identifier with the
     * screened items, or having no keys of the current version yet (it cannot be ruled out).
     */
    static final String BLOCKED = "(" + UNKEYED + " or array_intersects(screeningKeys, :keys)"
            + " or array_intersects(identifiers, :identifiers))";

    /** The screening keys and strong identifiers candidates are fetched by, and the version of the keys. */
    public record Blocking(Collection<String> keys, Collection<String> identifiers, String keysVersion) {
    }

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

    /**
     * Entries in force of these kinds that the caller may see, as screening candidates: a stream read
     * {@link #FETCH_SIZE} rows at a time (close it).
     */
    public Stream<WatchlistEntry> visibleCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day) {
        return findVisible(caller, IN_FORCE + " and kind in :kinds", Sort.by("sortKey"),
                Parameters.with("kinds", kinds).and("onDay", day)).withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .stream();
    }

    /** Entries in force the caller may not see but whose existence a hit may reveal (hit / no-hit), as a stream. */
    public Stream<WatchlistEntry> hiddenCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day) {
        return findHiddenHits(caller, IN_FORCE + " and kind in :kinds", Parameters.with("kinds", kinds).and("onDay", day))
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).stream();
    }

    /** {@link #visibleCandidates(Caller, Collection, LocalDate)} restricted to the entries {@code blocking} reaches. */
    public Stream<WatchlistEntry> visibleCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day,
            Blocking blocking) {
        return findVisible(caller, IN_FORCE + " and kind in :kinds and " + BLOCKED, Sort.by("sortKey"),
                blocked(Parameters.with("kinds", kinds).and("onDay", day), blocking))
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).stream();
    }

    /** {@link #hiddenCandidates(Caller, Collection, LocalDate)} restricted to the entries {@code blocking} reaches. */
    public Stream<WatchlistEntry> hiddenCandidates(Caller caller, Collection<WatchlistEntry.Kind> kinds, LocalDate day,
            Blocking blocking) {
        return findHiddenHits(caller, IN_FORCE + " and kind in :kinds and " + BLOCKED,
                blocked(Parameters.with("kinds", kinds).and("onDay", day), blocking))
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).stream();
    }

    /** Arrays, not lists: a list parameter would be expanded into a tuple. */
    private static Parameters blocked(Parameters parameters, Blocking blocking) {
        return parameters.and("keys", blocking.keys().toArray(String[]::new))
                .and("identifiers", blocking.identifiers().toArray(String[]::new))
                .and("keysVersion", blocking.keysVersion());
    }

    /** An entry whose screening keys are to be computed: its id and its names. */
    public record Unkeyed(UUID id, List<String> names) {
    }

    /**
     * Up to {@code limit} entries without screening keys of {@code keysVersion}, locked; rows another transaction
     * holds are skipped (two replicas never key the same row at once).
     */
    public List<Unkeyed> lockUnkeyed(String keysVersion, int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, name_keys from watchlist_entry
                    where screening_keys_version is null or screening_keys_version < ? or screening_keys_version > ?
                    limit ? for update skip locked""")) {
                select.setString(1, keysVersion);
                select.setString(2, keysVersion);
                select.setInt(3, limit);
                List<Unkeyed> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Array names = result.getArray(2);
                        rows.add(new Unkeyed(result.getObject(1, UUID.class),
                                names == null ? List.of() : List.of((String[]) names.getArray())));
                    }
                }
                return rows;
            }
        });
    }

    /** Writes screening keys (entity updates never do, nor do they change the entry's version). */
    public void storeKeys(List<UUID> ids, List<? extends Collection<String>> keys, String keysVersion) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update watchlist_entry set screening_keys = ?, screening_keys_version = ? where id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setArray(1, connection.createArrayOf("varchar", keys.get(i).toArray()));
                    update.setString(2, keysVersion);
                    update.setObject(3, ids.get(i));
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /**
     * Adds terms to the dictionary ({@code watchlist_screening_term}), in order so that two transactions adding the
     * same terms never wait on each other crosswise.
     */
    public void addTerms(Collection<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into watchlist_screening_term (term)
                    select term from unnest(?::text[]) as term order by term
                    on conflict do nothing""")) {
                insert.setArray(1, connection.createArrayOf("text", terms.toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** Terms in the dictionary: they are only ever added, so the same count means the same terms. */
    public long countTerms() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from watchlist_screening_term");
                    ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Every term of the dictionary, read at once (one snapshot). */
    public List<String> terms() {
        return session().doReturningWork(connection -> {
            List<String> terms = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select term from watchlist_screening_term")) {
                select.setFetchSize(10_000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        terms.add(result.getString(1));
                    }
                }
            }
            return terms;
        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
