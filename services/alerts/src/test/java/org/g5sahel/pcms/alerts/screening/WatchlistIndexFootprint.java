package org.g5sahel.pcms.alerts.screening;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.matching.BirthDate;
import org.g5sahel.pcms.matching.CandidateIndex;
import org.g5sahel.pcms.matching.Policy;
import org.g5sahel.pcms.matching.Subject;

/**
 * Measures what the watch-list index costs at a given size (100,000 entries by default): the heap it holds, the time
 * to build it, and the names screened per CPU second against it (one thread, candidate generation and decision). Not a test (figures depend on the machine): run it
 * with the test class path, {@code java -cp … org.g5sahel.pcms.alerts.screening.WatchlistIndexFootprint [entries]}.
 * <p>
 * Entries are persons of two or three names drawn from the matching module's romanisation table (first spelling), a
 * particle in a quarter of them, an alias in a fifth, a date of birth and a passport each; queried with other
 * spellings of the same names (half with the date of birth) and with names of no entry.
 */
public final class WatchlistIndexFootprint {

    private static final String TABLE = "/org/g5sahel/pcms/matching/arabic-name-romanisation-variants.tsv";
    private static final String[] PARTICLES = {"ould", "ag", "ben", "el"};

    private WatchlistIndexFootprint() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<List<String>> clusters = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                WatchlistIndexFootprint.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(line -> line.split("\t"))
                    .filter(columns -> columns.length == 2)
                    .map(columns -> List.of(columns[1].split(" ")))
                    .filter(spellings -> spellings.size() >= 2)
                    .forEach(clusters::add);
        }
        ScreeningEngine engine = new ScreeningEngine(Policy.STANDARD);
        Random random = new Random(20261205);
        List<Subject> queries = new ArrayList<>();
        long before = usedHeap();
        long started = System.nanoTime();
        CandidateIndex index = engine.newIndex();
        // What WatchlistIndex keeps beside the index: the stamp of each live entry.
        Map<UUID, Long> stamps = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int words = 2 + random.nextInt(2);
            StringBuilder name = new StringBuilder();
            StringBuilder variant = new StringBuilder();
            for (int w = 0; w < words; w++) {
                List<String> cluster = clusters.get(random.nextInt(clusters.size()));
                if (w == words - 1 && random.nextInt(4) == 0) {
                    name.append(PARTICLES[random.nextInt(PARTICLES.length)]).append(' ');
                }
                name.append(cluster.get(0)).append(' ');
                variant.append(cluster.get(1 + random.nextInt(cluster.size() - 1)))
                        .append(' ');
            }
            List<String> names = new ArrayList<>(List.of(name.toString().strip()));
            if (random.nextInt(5) == 0) {
                names.add(clusters.get(random.nextInt(clusters.size())).get(0) + " "
                        + clusters.get(random.nextInt(clusters.size())).get(0));
            }
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
            UUID id = UUID.randomUUID();
            stamps.put(id, (long) i);
            index.add(
                    id.toString(),
                    ScreeningEngine.listed(
                            WatchlistEntry.Kind.PERSON,
                            names,
                            born,
                            born.getYear(),
                            "NE",
                            List.of("DOC:P" + (10_000_000 + i))));
            if (i % Math.max(1, size / 500) == 0) {
                queries.add(new Subject(
                        List.of(variant.toString().strip()),
                        random.nextBoolean() ? BirthDate.of(born) : null,
                        null,
                        null,
                        false));
                queries.add(new Subject(
                        List.of("Passager Ordinaire "
                                + clusters.get(random.nextInt(clusters.size())).get(0)),
                        null,
                        null,
                        null,
                        false));
            }
        }
        long built = System.nanoTime() - started;
        long after = usedHeap();
        System.out.printf(
                "entries %,d: heap held by the index %,d MiB (%,d bytes per entry), built in %,d ms%n",
                size, (after - before) >> 20, (after - before) / size, built / 1_000_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Subject query : queries.subList(0, 100)) {
            index.screen(query, WatchlistIndex.MOST_PROPOSED);
        }
        // Even places: respelled names of entries; odd places: names of no entry.
        for (int kind = 0; kind < 2; kind++) {
            long cpu = threads.getCurrentThreadCpuTime();
            int screened = 0;
            int withCandidates = 0;
            for (int q = kind; q < queries.size(); q += 2) {
                screened++;
                withCandidates += index.screen(queries.get(q), WatchlistIndex.MOST_PROPOSED)
                                .isEmpty()
                        ? 0
                        : 1;
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(
                    "%s: %d names screened in %.2f CPU s, %.0f names per CPU second, %d with candidates%n",
                    kind == 0 ? "respelled names of entries" : "names of no entry",
                    screened,
                    seconds,
                    screened / seconds,
                    withCandidates);
        }
        // Keeps the index reachable until it has been measured.
        System.out.println("index size " + index.size() + ", stamps " + stamps.size());
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
