package org.g5sahel.pcms.alerts.screening;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.matching.CandidateIndex;
import org.g5sahel.pcms.matching.Subject;

/**
 * The watch list in memory, as the matching engine's {@link CandidateIndex}: every PERSON and TRAVEL_DOCUMENT entry
 * (the travellers' index) and every COMPANY entry (the companies' index, read as organisations) that is active and not
 * expired, with all its names, date or year of birth, nationality and document numbers. Screening asks it for
 * candidates instead of reading the list; it only proposes ids: the service reads those entries back through the
 * visibility predicates and scores them again ({@link ScreeningEngine}), so a version of an entry the index still holds
 * can neither hide nor reveal anything.
 * <p>
 * <b>Loading.</b> The whole list is read once in the background at start-up; screenings wait for that first load (and
 * start it again if it failed).
 * <p>
 * <b>Staying current across replicas.</b> The database stamps every insert and update of an entry with the writing
 * transaction ({@code change_xid}, by trigger, whoever writes: this replica, another one, a bulk load with SQL). Each
 * read also takes the horizon: the oldest transaction still running then ({@code pg_snapshot_xmin}), in the same
 * statement. Before each screening the index reads, through the index on {@code change_xid}, the entries stamped at or
 * above the last horizon — usually none, so the check costs one index probe — and adds each changed entry again (same
 * id, new version). A transaction that commits after a later one is still read: its stamp is above the horizon taken
 * while it ran. An entry read again at the same stamp (the horizon waits for the oldest running transaction) is not
 * added twice. An entry withdrawn, or changed after it expired, is dropped from the live set; its older versions
 * stay in the index until the next rebuild, harmless since the database read that follows keeps only entries in force
 * (an entry that expires without being written is likewise dropped at the next rebuild). Entries not yet valid
 * ({@code validFrom} in the future) are indexed, the database read deciding when they count.
 * <p>
 * <b>Rebuild.</b> When more than {@link #SUPERSEDED_SHARE} of the indexed versions are superseded (changed, withdrawn
 * or written after expiry), a new index is built in the background from a full read and replaces this one;
 * screenings go on with the old one meanwhile, and the new one catches up from its own horizon before its first
 * screening.
 */
@ApplicationScoped
public class WatchlistIndex {

    /** Share of superseded versions from which the index is rebuilt. */
    static final double SUPERSEDED_SHARE = 0.2;
    /** Most candidates proposed per screened name: more than any real list holds alike for one person. */
    static final int MOST_PROPOSED = 200;
    /** Rows read per round trip of the full read. */
    private static final int FETCH_SIZE = 5_000;

    private static final String COLUMNS = "e.id, e.kind, e.name_keys, e.birth_date, e.birth_year, e.nationality,"
            + " e.identifiers, e.active, e.valid_until, e.change_xid";
    private static final String HORIZON = "with h as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
            + " as horizon) select h.horizon, " + COLUMNS + " from h left join watchlist_entry e on e.kind in"
            + " ('PERSON', 'TRAVEL_DOCUMENT', 'COMPANY') and ";
    /** Every entry in force or to come, with the horizon of the read. */
    private static final String EVERY_ENTRY = HORIZON + "e.active and (e.valid_until is null or e.valid_until >= ?)";
    /** Every entry written at or above a horizon, whatever its state. */
    private static final String CHANGED = HORIZON + "e.change_xid >= ?";

    private final AgroalDataSource dataSource;
    private final ScreeningEngine engine;
    private final Clock clock;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "watchlist-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicInteger loads = new AtomicInteger();
    private final Object loading = new Object();
    private CompletableFuture<Snapshot> firstLoad;
    private volatile Snapshot current;

    public WatchlistIndex(AgroalDataSource dataSource, ScreeningEngine engine, Clock clock) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.clock = clock;
    }

    void loadOnStart(@Observes StartupEvent started) {
        start();
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
    }

    /** The candidates of each traveller: PERSON and TRAVEL_DOCUMENT entries, best first, once the index is current. */
    public List<List<CandidateIndex.Match>> travellers(List<Subject> travellers) {
        return screen(travellers, true);
    }

    /** The candidates of each company name: COMPANY entries, best first, once the index is current. */
    public List<List<CandidateIndex.Match>> companies(List<Subject> companies) {
        return screen(companies, false);
    }

    /**
     * Entries indexed and live, versions held (live and superseded), and how many times the list was read whole since
     * start-up (the first load and the rebuilds).
     */
    public record Size(int live, int held, int loads) {}

    public Size size() {
        Snapshot snapshot = snapshot();
        snapshot.lock.readLock().lock();
        try {
            return new Size(snapshot.stamps.size(), snapshot.held(), loads.get());
        } finally {
            snapshot.lock.readLock().unlock();
        }
    }

    private List<List<CandidateIndex.Match>> screen(List<Subject> queries, boolean travellers) {
        Snapshot snapshot = snapshot();
        catchUp(snapshot);
        snapshot.lock.readLock().lock();
        try {
            CandidateIndex index = travellers ? snapshot.travellers : snapshot.companies;
            List<List<CandidateIndex.Match>> found = new ArrayList<>(queries.size());
            for (Subject query : queries) {
                found.add(query == null ? List.of() : index.screen(query, MOST_PROPOSED));
            }
            return found;
        } finally {
            snapshot.lock.readLock().unlock();
        }
    }

    private CompletableFuture<Snapshot> start() {
        synchronized (loading) {
            if (firstLoad == null || firstLoad.isCompletedExceptionally()) {
                firstLoad = CompletableFuture.supplyAsync(this::load, loader).whenComplete((snapshot, failure) -> {
                    if (failure != null) {
                        Log.error("The watch-list index could not be loaded; the next screening tries again", failure);
                    } else {
                        current = snapshot;
                        loads.incrementAndGet();
                    }
                });
            }
            return firstLoad;
        }
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current;
        return snapshot != null ? snapshot : start().join();
    }

    /** Reads the whole list into a new snapshot. */
    private Snapshot load() {
        long started = System.nanoTime();
        Snapshot snapshot = new Snapshot(engine.newIndex(), engine.newIndex());
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(EVERY_ENTRY)) {
                select.setFetchSize(FETCH_SIZE);
                select.setObject(1, today);
                snapshot.horizon = read(select, rows -> rows.forEach(row -> snapshot.apply(row, today)));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the watch list failed", e);
        }
        Log.infof(
                "Watch-list index loaded: %d entries in %d ms",
                snapshot.stamps.size(), (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /** Adds the entries written since the snapshot's horizon; rebuilds in the background when too many are stale. */
    private void catchUp(Snapshot snapshot) {
        List<Row> changed = new ArrayList<>();
        long horizon;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(CHANGED)) {
            select.setLong(1, snapshot.horizon());
            horizon = read(select, changed::addAll);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the watch list's changes failed", e);
        }
        LocalDate today = LocalDate.now(clock);
        boolean stale;
        snapshot.lock.writeLock().lock();
        try {
            changed.forEach(row -> snapshot.apply(row, today));
            snapshot.horizon = Math.max(snapshot.horizon, horizon);
            stale = snapshot.held() - snapshot.stamps.size() > SUPERSEDED_SHARE * snapshot.held();
        } finally {
            snapshot.lock.writeLock().unlock();
        }
        if (stale && rebuilding.compareAndSet(false, true)) {
            CompletableFuture.supplyAsync(this::load, loader).whenComplete((rebuilt, failure) -> {
                if (failure != null) {
                    Log.error("Rebuilding the watch-list index failed; the current one is kept", failure);
                } else {
                    current = rebuilt;
                    loads.incrementAndGet();
                }
                rebuilding.set(false);
            });
        }
    }

    /** One entry as read. */
    private record Row(
            UUID id,
            WatchlistEntry.Kind kind,
            List<String> names,
            LocalDate birthDate,
            Integer birthYear,
            String nationality,
            List<String> identifiers,
            boolean active,
            LocalDate validUntil,
            long stamp) {

        boolean live(LocalDate today) {
            return active && (validUntil == null || !validUntil.isBefore(today));
        }
    }

    /** Runs a horizon query: hands its rows over in batches, returns the horizon. */
    private static long read(PreparedStatement select, Consumer<List<Row>> consumer) throws SQLException {
        long horizon = 0;
        List<Row> batch = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                horizon = result.getLong(1);
                if (result.getObject(2) == null) {
                    continue;
                }
                batch.add(new Row(
                        result.getObject(2, UUID.class),
                        WatchlistEntry.Kind.valueOf(result.getString(3)),
                        strings(result.getArray(4)),
                        result.getObject(5, LocalDate.class),
                        (Integer) result.getObject(6),
                        result.getString(7),
                        strings(result.getArray(8)),
                        result.getBoolean(9),
                        result.getObject(10, LocalDate.class),
                        result.getLong(11)));
                if (batch.size() == FETCH_SIZE) {
                    consumer.accept(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        consumer.accept(batch);
        return horizon;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An index and what it holds: the stamp of the version indexed of each live entry. */
    private static final class Snapshot {

        final CandidateIndex travellers;
        final CandidateIndex companies;
        final Map<UUID, Long> stamps = new HashMap<>();
        final ReadWriteLock lock = new ReentrantReadWriteLock();
        volatile long horizon;

        Snapshot(CandidateIndex travellers, CandidateIndex companies) {
            this.travellers = travellers;
            this.companies = companies;
        }

        long horizon() {
            return horizon;
        }

        int held() {
            return travellers.size() + companies.size();
        }

        /** Indexes a new version of a live entry, or forgets an entry no longer in force. */
        void apply(Row row, LocalDate today) {
            Long indexed = stamps.get(row.id());
            if (indexed != null && indexed == row.stamp()) {
                return;
            }
            if (!row.live(today)) {
                stamps.remove(row.id());
                return;
            }
            stamps.put(row.id(), row.stamp());
            Subject listed = ScreeningEngine.listed(
                    row.kind(), row.names(), row.birthDate(), row.birthYear(), row.nationality(), row.identifiers());
            (row.kind() == WatchlistEntry.Kind.COMPANY ? companies : travellers)
                    .add(row.id().toString(), listed);
        }
    }
}
