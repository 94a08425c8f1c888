package org.g5sahel.pcms.alerts.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository.Blocking;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository.Unkeyed;
import org.g5sahel.pcms.commons.identity.Caller;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Blocking of screening: candidates are fetched from PostgreSQL by screening key or strong identifier, never by
 * reading the whole list.
 * <p>
 * Every entry holds the {@link NameMatcher#screeningKeys exact keys} of its names (token, consonant skeleton,
 * romanisation cluster, joined skeleton) and its strong identifiers. A screened name is looked up by its own keys and
 * by the terms of the dictionary close to it by spelling ({@link NameMatcher#probeKeys}); an entry that shares none
 * has a name score of zero against it (see {@link NameMatcher}), so it can be no hit unless by a strong identifier,
 * which is looked up too. Entries without keys of the current version (loaded with SQL, or keyed under another
 * romanisation table) are candidates of every screening until {@link #backfill} has keyed them.
 */
@ApplicationScoped
public class ScreeningKeys {

    /** Rows keyed per transaction. */
    static final int BATCH = 500;
    /**
     * The most a date of birth adds to a name score in {@link ScreeningService#score}: with a threshold at or under
     * it, a date alone could make a hit of an entry sharing no key, and screening reads every entry.
     */
    static final double MOST_A_BIRTH_DATE_ADDS = 0.1;
    /** Fetches tried while the dictionary changes under them, before reading every entry instead. */
    static final int ATTEMPTS = 3;

    private final WatchlistRepository entries;
    private final AlertsConfig config;
    private final NameMatcher names = NameMatcher.standard();
    private final Object reloading = new Object();
    private volatile Dictionary dictionary = new Dictionary(-1, new NameMatcher.Terms(List.of()));

    public ScreeningKeys(WatchlistRepository entries, AlertsConfig config) {
        this.entries = entries;
        this.config = config;
    }

    /** The dictionary as read, with the number of terms it was read at. */
    record Dictionary(long count, NameMatcher.Terms terms) {
    }

    /** What one screened item (traveller, cargo) is looked up by: screening keys and strong identifiers. */
    public record Probe(Set<String> keys, Set<String> identifiers) {
    }

    /** The version of the keys this service computes. */
    public String version() {
        return names.keysVersion();
    }

    /** Keys a new entry (its names are final) and adds its terms to the dictionary, in the caller's transaction. */
    public void assign(WatchlistEntry entry) {
        Set<String> keys = names.screeningKeys(entry.nameKeys);
        entry.screeningKeys = new ArrayList<>(keys);
        entry.screeningKeysVersion = names.keysVersion();
        entries.addTerms(terms(keys));
    }

    /** The probe of a screened name (may be null) and identifiers. */
    public Probe probe(NameMatcher.Terms terms, Collection<String> screenedNames, Collection<String> identifiers) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : screenedNames) {
            if (name != null) {
                keys.addAll(names.probeKeys(name, terms));
            }
        }
        return new Probe(keys, new LinkedHashSet<>(identifiers));
    }

    /** A candidate as read, and the probes (screened items, by index) that reach it. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param entry    the candidate (detached from the persistence context once visited)
         * @param visible  whether the caller may see it (else it is hidden but discoverable)
         * @param position its place in its query's order (visible ones by sort key)
         * @param probes   the probes that reach it: sharing one of their keys or identifiers, or all when it has no
         *                 keys of the current version
         */
        void visit(WatchlistEntry entry, boolean visible, int position, BitSet probes);
    }

    /**
     * Visits the candidates of a screening: entries in force of {@code kinds}, visible then hidden-but-discoverable,
     * that the probes reach — one query each for the whole batch, read as a stream, each entity let go once visited,
     * so that memory holds what the visitor keeps (the hits), not the candidates. {@code probes} is given the
     * dictionary to expand the names with. When {@code namesRevealHidden} is false, hidden entries are fetched by
     * identifier only. Should the dictionary grow meanwhile, {@code restart} is called and the candidates visited
     * again; after {@link #ATTEMPTS} attempts, or with a threshold a date of birth alone reaches, every entry in force
     * is visited, each by every probe.
     *
     * @return whether candidates were blocked (false: every entry was visited)
     */
    public boolean visitCandidates(Caller caller, Set<WatchlistEntry.Kind> kinds, LocalDate day,
            Function<NameMatcher.Terms, List<Probe>> probes, boolean namesRevealHidden, Runnable restart,
            Visitor visitor) {
        if (config.screening().threshold() > MOST_A_BIRTH_DATE_ADDS) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (attempt > 0) {
                    restart.run();
                }
                Dictionary read = dictionary();
                List<Probe> batch = probes.apply(read.terms());
                Reach reach = new Reach(batch, version());
                visit(entries.visibleCandidates(caller, kinds, day, reach.blocking(true)), true, reach, visitor);
                visit(entries.hiddenCandidates(caller, kinds, day, reach.blocking(namesRevealHidden)), false, reach,
                        visitor);
                // An entry these queries saw had its terms written with it: if the dictionary has not grown since it
                // was read, they were in it.
                if (entries.countTerms() == read.count()) {
                    return true;
                }
            }
            restart.run();
        }
        Reach everyone = new Reach(probes.apply(new NameMatcher.Terms(List.of())), null);
        visit(entries.visibleCandidates(caller, kinds, day), true, everyone, visitor);
        visit(entries.hiddenCandidates(caller, kinds, day), false, everyone, visitor);
        return false;
    }

    private void visit(Stream<WatchlistEntry> candidates, boolean visible, Reach reach, Visitor visitor) {
        int[] position = { 0 };
        try (candidates) {
            candidates.forEach(entry -> {
                visitor.visit(entry, visible, position[0]++, reach.of(entry));
                entries.getEntityManager().detach(entry);
            });
        }
    }

    /** The dictionary, read again when terms have been added since. */
    Dictionary dictionary() {
        long count = entries.countTerms();
        Dictionary current = dictionary;
        if (current.count() == count) {
            return current;
        }
        synchronized (reloading) {
            current = dictionary;
            if (current.count() != count) {
                List<String> terms = entries.terms();
                current = new Dictionary(terms.size(), new NameMatcher.Terms(terms));
                dictionary = current;
            }
            return current;
        }
    }

    private static List<String> terms(Collection<String> keys) {
        return keys.stream().filter(NameMatcher::isTerm).sorted().toList();
    }

    @Scheduled(every = "${pcms.alerts.screening.keys-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void backfillOnSchedule() {
        backfill();
    }

    /**
     * Keys every entry that has no screening keys of the current version, {@link #BATCH} rows a transaction, rows
     * locked by another replica skipped. @return how many entries were keyed
     */
    public int backfill() {
        int keyed = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<Unkeyed> rows = entries.lockUnkeyed(version(), BATCH);
                List<UUID> ids = new ArrayList<>(rows.size());
                List<Set<String>> keys = new ArrayList<>(rows.size());
                Set<String> terms = new TreeSet<>();
                for (Unkeyed row : rows) {
                    Set<String> rowKeys = names.screeningKeys(row.names());
                    ids.add(row.id());
                    keys.add(rowKeys);
                    terms.addAll(terms(rowKeys));
                }
                entries.addTerms(terms);
                entries.storeKeys(ids, keys, version());
                return rows.size();
            });
            keyed += done;
            if (done < BATCH) {
                if (keyed > 0) {
                    Log.infof("Screening keys (version %s) computed for %d watch-list entries", version(), keyed);
                }
                return keyed;
            }
        }
    }

    /** Which probes reach an entry: by key, by identifier, or all of them when it has no current keys. */
    private static final class Reach {

        private final String version;
        private final BitSet all = new BitSet();
        private final Map<String, BitSet> byKey = new HashMap<>();
        private final Map<String, BitSet> byIdentifier = new HashMap<>();

        /** @param version the current version of the keys; null: every probe reaches every entry */
        Reach(List<Probe> probes, String version) {
            this.version = version;
            all.set(0, probes.size());
            for (int i = 0; i < probes.size(); i++) {
                for (String key : probes.get(i).keys()) {
                    byKey.computeIfAbsent(key, k -> new BitSet()).set(i);
                }
                for (String identifier : probes.get(i).identifiers()) {
                    byIdentifier.computeIfAbsent(identifier, k -> new BitSet()).set(i);
                }
            }
        }

        /** What the candidate queries look up: every key (or none) and every identifier of the probes. */
        Blocking blocking(boolean byName) {
            return new Blocking(byName ? byKey.keySet() : Set.of(), byIdentifier.keySet(), version);
        }

        BitSet of(WatchlistEntry entry) {
            if (version == null || entry.screeningKeys == null || !version.equals(entry.screeningKeysVersion)) {
                return (BitSet) all.clone();
            }
            BitSet reached = new BitSet();
            for (String key : entry.screeningKeys) {
                BitSet probes = byKey.get(key);
                if (probes != null) {
                    reached.or(probes);
                }
            }
            for (String identifier : entry.identifiers) {
                BitSet probes = byIdentifier.get(identifier);
                if (probes != null) {
                    reached.or(probes);
                }
            }
            return reached;
        }
    }
}
