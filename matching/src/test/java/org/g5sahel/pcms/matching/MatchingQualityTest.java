package org.g5sahel.pcms.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision on names the engine never saw: the romanisation table is split by cluster, the engine is built
 * with 80 % of the clusters, and persons are composed from the other 20 % (five fixed seeds; each split and the mean
 * are printed, the targets hold for the mean and no split is more than 0.03 below).
 * <p>
 * Protocol, per seed and case: a list of 1,000 persons of 2–3 words drawn from the unseen clusters (one spelling
 * each, a date of birth each, no two with the same clusters); queried by the same 1,000 persons written as the case
 * says (expected hits) and by 1,000 persons composed from other clusters — those the engine was given — written the
 * same way (expected non-hits). Precision is correct hits over all hits (a hit on another listed person counts as
 * false). Each case is run with the query's date of birth and without. Clusters whose Arabic word is a particle
 * (ابن, أبو, عبد …) make no person: they are not names; the "particles changed" case puts particles between the names.
 * <p>
 * The thresholds ({@link Policy#STANDARD}) and the rules were set on other seeds than these five
 * ({@code -Dmatching.seeds=…} runs others).
 */
class MatchingQualityTest {

    static final long[] SEEDS = {11, 23, 37, 41, 53};
    static final int PERSONS = 1000;
    static final double RECALL_WITH_BIRTH_DATE = 0.95;
    static final double RECALL_NAME_ALONE = 0.90;
    static final double PRECISION = 0.95;
    static final double RECALL_ARABIC = 0.90;
    static final double CANDIDATE_RECALL = 0.99;
    static final double SPLIT_SLACK = 0.03;

    /** Name clusters (particles excluded) of the module's table. */
    static List<RomanisationTable.Cluster> clusters;

    /** How a listed person is written and how the query writes it. */
    enum Case {
        EVERY_TOKEN_RESPELLED("every token respelled"),
        ONE_TOKEN_RESPELLED("one token respelled"),
        REVERSED_ORDER("reversed order, every token respelled"),
        PARTICLES_CHANGED("particles changed, every token respelled"),
        ARABIC_QUERY_LATIN_LIST("Arabic script query, Latin list"),
        LATIN_QUERY_ARABIC_LIST("Latin query, Arabic script list"),
        ORGANISATIONS("organisations, every token respelled, legal form changed");

        final String label;

        Case(String label) {
            this.label = label;
        }
    }

    /** Counts of one case, one seed, with or without the date of birth. */
    static final class Counts {
        int queries;
        int found;
        int correctHits;
        int falseHits;

        double recall() {
            return queries == 0 ? 0 : found / (double) queries;
        }

        double precision() {
            int hits = correctHits + falseHits;
            return hits == 0 ? 1 : correctHits / (double) hits;
        }
    }

    record Person(List<Integer> clusters, List<String> written, BirthDate birthDate) {}

    @BeforeAll
    static void readTable() throws IOException {
        clusters = RomanisationTable.standard().clusters().stream()
                .filter(MatchingQualityTest::isName)
                .toList();
    }

    static boolean isName(RomanisationTable.Cluster cluster) {
        String arabic = NameText.words(cluster.arabic()).isEmpty()
                ? ""
                : NameText.words(cluster.arabic()).get(0).text();
        return Particles.kind(arabic, false) == TokenKind.NAME
                && !Particles.isServantOf(arabic)
                && cluster.latin().size() >= 2;
    }

    static long[] seeds() {
        String property = System.getProperty("matching.seeds");
        return property == null || property.isBlank()
                ? SEEDS
                : Arrays.stream(property.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** Splits the clusters: [seen, unseen], 80 / 20, by seed. */
    static List<List<RomanisationTable.Cluster>> split(long seed) {
        List<RomanisationTable.Cluster> shuffled = new ArrayList<>(clusters);
        Collections.shuffle(shuffled, new Random(seed));
        int cut = (int) Math.round(shuffled.size() * 0.8);
        return List.of(shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()));
    }

    @Test
    void recallAndPrecisionOnUnseenClusters() {
        long[] seeds = seeds();
        Map<String, double[][]> table = new LinkedHashMap<>();
        List<Double> candidateRecalls = new ArrayList<>();
        long started = System.nanoTime();
        int screened = 0;
        for (int s = 0; s < seeds.length; s++) {
            long seed = seeds[s];
            List<List<RomanisationTable.Cluster>> split = split(seed);
            NameMatching engine = NameMatching.builder()
                    .romanisation(RomanisationTable.of(split.get(0)))
                    .build();
            for (Case c : Case.values()) {
                for (boolean withBirthDate : new boolean[] {true, false}) {
                    Random random = new Random(seed * 31 + c.ordinal() * 2 + (withBirthDate ? 1 : 0));
                    Counts counts = run(
                            engine,
                            split.get(1),
                            split.get(0),
                            c,
                            withBirthDate,
                            random,
                            s == 0 && c == Case.EVERY_TOKEN_RESPELLED && !withBirthDate ? candidateRecalls : null);
                    screened += 2 * PERSONS;
                    String row = c.label + (withBirthDate ? " | name + date of birth" : " | name alone");
                    table.computeIfAbsent(row, k -> new double[seeds.length][2])[s] =
                            new double[] {counts.recall(), counts.precision()};
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(table, seeds);
        System.out.printf(
                Locale.ROOT,
                "Targets: recall %.2f with date of birth, %.2f on name alone,"
                        + " %.2f Arabic script against Latin, precision %.2f; each split at most %.2f below.%n",
                RECALL_WITH_BIRTH_DATE,
                RECALL_NAME_ALONE,
                RECALL_ARABIC,
                PRECISION,
                SPLIT_SLACK);
        System.out.printf(
                Locale.ROOT,
                "Screened %d queries against lists of %d in %.1f s (%.0f queries/s on one thread,"
                        + " candidate generation included)%n",
                screened,
                PERSONS,
                seconds,
                screened / seconds);
        System.out.printf(
                Locale.ROOT,
                "Candidate generation recall against a full scan (seed %d): %s%n",
                seeds[0],
                candidateRecalls);

        for (Map.Entry<String, double[][]> row : table.entrySet()) {
            String label = row.getKey();
            double[][] bySeed = row.getValue();
            boolean arabic = label.startsWith(Case.ARABIC_QUERY_LATIN_LIST.label)
                    || label.startsWith(Case.LATIN_QUERY_ARABIC_LIST.label);
            double recallTarget = arabic
                    ? RECALL_ARABIC
                    : label.endsWith("date of birth") ? RECALL_WITH_BIRTH_DATE : RECALL_NAME_ALONE;
            assertTarget(label + " recall", bySeed, 0, recallTarget);
            assertTarget(label + " precision", bySeed, 1, PRECISION);
        }
        candidateRecalls.forEach(
                r -> assertThat(r).as("candidate generation recall").isGreaterThanOrEqualTo(CANDIDATE_RECALL));
    }

    /**
     * The UN list's own aliases: each individual is listed under its primary name (Latin) and date of birth; each of
     * its aliases of good quality, and its name in original script, is screened without a date of birth. Reported:
     * the share found, and hits on other entries (which may be true: relatives and namesakes are listed).
     */
    @Test
    void unListAliases() throws Exception {
        org.w3c.dom.Document xml;
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = getClass().getResourceAsStream("/sanctions/un-consolidated-2026-01-28.xml")) {
            xml = factory.newDocumentBuilder().parse(in);
        }
        NameMatching engine = NameMatching.standard();
        CandidateIndex index = engine.newIndex();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, String> originalScript = new LinkedHashMap<>();
        org.w3c.dom.NodeList individuals = xml.getElementsByTagName("INDIVIDUAL");
        for (int i = 0; i < individuals.getLength(); i++) {
            org.w3c.dom.Element person = (org.w3c.dom.Element) individuals.item(i);
            String id = text(person, "REFERENCE_NUMBER");
            List<String> parts = new ArrayList<>();
            for (String tag : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
                String part = text(person, tag);
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
            String born = text(person, "DATE");
            BirthDate birthDate = BirthDate.parse(born.isBlank() ? text(person, "YEAR") : born);
            index.add(id, new Subject(List.of(String.join(" ", parts)), birthDate, Set.of(), Set.of(), false));
            List<String> good = new ArrayList<>();
            org.w3c.dom.NodeList aliasNodes = person.getElementsByTagName("INDIVIDUAL_ALIAS");
            for (int a = 0; a < aliasNodes.getLength(); a++) {
                org.w3c.dom.Element alias = (org.w3c.dom.Element) aliasNodes.item(a);
                if ("Good".equalsIgnoreCase(text(alias, "QUALITY"))
                        && !text(alias, "ALIAS_NAME").isBlank()) {
                    good.add(text(alias, "ALIAS_NAME"));
                }
            }
            aliases.put(id, good);
            String original = text(person, "NAME_ORIGINAL_SCRIPT");
            if (NameText.isArabic(original)) {
                originalScript.put(id, original);
            }
        }
        Counts byAlias = new Counts();
        aliases.forEach((id, names) -> names.forEach(alias -> count(byAlias, index, id, alias)));
        Counts byScript = new Counts();
        originalScript.forEach((id, name) -> count(byScript, index, id, name));
        System.out.printf(
                Locale.ROOT,
                "%nUN consolidated list, %d individuals listed by primary name and date of birth,"
                        + " screened by name alone:%n",
                index.size());
        System.out.printf(
                Locale.ROOT,
                "  good-quality aliases: %d queries, found %.3f, hits on other entries %d%n",
                byAlias.queries,
                byAlias.recall(),
                byAlias.falseHits);
        System.out.printf(
                Locale.ROOT,
                "  names in Arabic script against the Latin names: %d queries, found %.3f, hits"
                        + " on other entries %d%n",
                byScript.queries,
                byScript.recall(),
                byScript.falseHits);
        assertThat(byAlias.queries).isGreaterThan(500);
        assertThat(byScript.queries).isGreaterThan(100);
    }

    private static void count(Counts counts, CandidateIndex index, String id, String name) {
        counts.queries++;
        boolean found = false;
        for (CandidateIndex.Match hit : index.screen(Subject.named(name), 10)) {
            if (hit.id().equals(id)) {
                found = true;
            } else {
                counts.falseHits++;
            }
        }
        counts.found += found ? 1 : 0;
    }

    private static String text(org.w3c.dom.Element element, String tag) {
        org.w3c.dom.NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static void assertTarget(String what, double[][] bySeed, int column, double target) {
        double mean =
                Arrays.stream(bySeed).mapToDouble(v -> v[column]).average().orElse(0);
        assertThat(mean).as(what + " (mean)").isGreaterThanOrEqualTo(target);
        for (double[] v : bySeed) {
            assertThat(v[column]).as(what + " (one split)").isGreaterThanOrEqualTo(target - SPLIT_SLACK);
        }
    }

    private static void print(Map<String, double[][]> table, long[] seeds) {
        StringBuilder out = new StringBuilder("\nName matching on unseen romanisation clusters (recall / precision)\n");
        out.append(String.format(Locale.ROOT, "%-78s", "case"));
        for (long seed : seeds) {
            out.append(String.format(Locale.ROOT, " | seed %-9d", seed));
        }
        out.append(" | mean\n");
        table.forEach((label, bySeed) -> {
            out.append(String.format(Locale.ROOT, "%-78s", label));
            for (double[] v : bySeed) {
                out.append(String.format(Locale.ROOT, " | %.3f / %.3f", v[0], v[1]));
            }
            double recall =
                    Arrays.stream(bySeed).mapToDouble(v -> v[0]).average().orElse(0);
            double precision =
                    Arrays.stream(bySeed).mapToDouble(v -> v[1]).average().orElse(0);
            out.append(String.format(Locale.ROOT, " | %.3f / %.3f%n", recall, precision));
        });
        System.out.println(out);
    }

    /** One case: the list, the expected hits and the expected non-hits, screened through a {@link CandidateIndex}. */
    static Counts run(
            NameMatching engine,
            List<RomanisationTable.Cluster> unseen,
            List<RomanisationTable.Cluster> others,
            Case c,
            boolean withBirthDate,
            Random random,
            List<Double> candidateRecall) {
        List<Person> listed = persons(unseen, random);
        List<Person> strangers = persons(others, random);
        boolean arabicList = c == Case.LATIN_QUERY_ARABIC_LIST;
        boolean organisation = c == Case.ORGANISATIONS;
        CandidateIndex index = engine.newIndex();
        List<String> listedNames = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Person person = listed.get(i);
            String name = listedName(person, unseen, c, random);
            listedNames.add(name);
            index.add(
                    "P" + i,
                    new Subject(List.of(name), person.birthDate(), Set.of(), Set.of(), organisation ? true : null));
        }
        Counts counts = new Counts();
        List<Subject> sample = new ArrayList<>();
        List<String> sampleExpected = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Person person = listed.get(i);
            Subject query = query(person, unseen, c, withBirthDate, random);
            List<CandidateIndex.Match> hits = index.screen(query, 10);
            counts.queries++;
            boolean found = false;
            for (CandidateIndex.Match hit : hits) {
                if (hit.id().equals("P" + i)) {
                    found = true;
                    counts.correctHits++;
                } else {
                    counts.falseHits++;
                }
            }
            counts.found += found ? 1 : 0;
            if (candidateRecall != null && i % 5 == 0) {
                sample.add(query);
                sampleExpected.add("P" + i);
            }
        }
        for (Person person : strangers) {
            Subject query = query(person, others, c, withBirthDate, random);
            counts.falseHits += index.screen(query, 10).size();
            if (candidateRecall != null && sample.size() < 400) {
                sample.add(query);
            }
        }
        if (candidateRecall != null) {
            int scanned = 0;
            int kept = 0;
            for (Subject query : sample) {
                Set<String> screened = new HashSet<>();
                index.screen(query, Integer.MAX_VALUE).forEach(match -> screened.add(match.id()));
                for (CandidateIndex.Match match : index.scan(query)) {
                    scanned++;
                    kept += screened.contains(match.id()) ? 1 : 0;
                }
            }
            candidateRecall.add(scanned == 0 ? 1 : kept / (double) scanned);
        }
        return counts;
    }

    /** 1,000 persons of 2–3 clusters each, no two with the same clusters, one date of birth each (1950–2005). */
    static List<Person> persons(List<RomanisationTable.Cluster> pool, Random random) {
        List<Person> persons = new ArrayList<>();
        Set<Set<Integer>> taken = new HashSet<>();
        while (persons.size() < PERSONS) {
            int size = 2 + random.nextInt(2);
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < size) {
                int cluster = random.nextInt(pool.size());
                if (!chosen.contains(cluster)) {
                    chosen.add(cluster);
                }
            }
            if (!taken.add(new HashSet<>(chosen))) {
                continue;
            }
            List<String> written = new ArrayList<>();
            for (int cluster : chosen) {
                List<String> latin = pool.get(cluster).latin();
                written.add(latin.get(random.nextInt(latin.size())));
            }
            BirthDate born = new BirthDate(1950 + random.nextInt(56), 1 + random.nextInt(12), 1 + random.nextInt(28));
            persons.add(new Person(chosen, written, born));
        }
        return persons;
    }

    private static final String[] PARTICLES = {"ould", "ben", "ag", "bin", "ibn", "al", "el"};
    private static final String[] PARTICLE_CHANGES = {"ben", "ould", "ibn", "", "wuld", "el", "al", "ad"};
    private static final String[] LEGAL_FORMS = {
        "SARL", "Trading", "Ltd", "Company", "Establishment", "SA", "Group", "Etablissements"
    };

    static String listedName(Person person, List<RomanisationTable.Cluster> pool, Case c, Random random) {
        List<String> words = new ArrayList<>(person.written());
        switch (c) {
            case LATIN_QUERY_ARABIC_LIST -> {
                words = arabic(person, pool);
            }
            case PARTICLES_CHANGED -> {
                words.add(1, PARTICLES[random.nextInt(PARTICLES.length)]);
            }
            case ORGANISATIONS -> {
                words.add(LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
            }
            default -> {}
        }
        return String.join(" ", words);
    }

    static Subject query(
            Person person, List<RomanisationTable.Cluster> pool, Case c, boolean withBirthDate, Random random) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < person.clusters().size(); k++) {
            boolean respell = switch (c) {
                case ONE_TOKEN_RESPELLED -> k == 0;
                case ARABIC_QUERY_LATIN_LIST, LATIN_QUERY_ARABIC_LIST -> false;
                default -> true;
            };
            String own = person.written().get(k);
            words.add(respell ? respelled(own, pool.get(person.clusters().get(k)), random) : own);
        }
        switch (c) {
            case ARABIC_QUERY_LATIN_LIST -> words = arabic(person, pool);
            case REVERSED_ORDER -> Collections.reverse(words);
            case PARTICLES_CHANGED -> {
                String particle = PARTICLE_CHANGES[random.nextInt(PARTICLE_CHANGES.length)];
                if (!particle.isEmpty()) {
                    words.add(1, particle);
                }
            }
            case ORGANISATIONS -> {
                words.add(random.nextBoolean() ? 0 : words.size(), LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
            }
            default -> {}
        }
        return new Subject(
                List.of(String.join(" ", words)),
                withBirthDate ? person.birthDate() : null,
                Set.of(),
                Set.of(),
                c == Case.ORGANISATIONS ? true : null);
    }

    private static List<String> arabic(Person person, List<RomanisationTable.Cluster> pool) {
        return person.clusters().stream().map(i -> pool.get(i).arabic()).toList();
    }

    /**
     * Another spelling of the same cluster than the one written: one that differs once accents and case are set
     * aside when the cluster has one (abū is no other spelling of abu), else one that differs by its accents.
     */
    static String respelled(String own, RomanisationTable.Cluster cluster, Random random) {
        String folded = folded(own);
        List<String> others =
                cluster.latin().stream().filter(s -> !folded(s).equals(folded)).toList();
        if (others.isEmpty()) {
            others = cluster.latin().stream().filter(s -> !s.equals(own)).toList();
        }
        return others.isEmpty() ? own : others.get(random.nextInt(others.size()));
    }

    private static String folded(String spelling) {
        return NameText.words(spelling).stream().map(NameText.Word::text).reduce("", String::concat);
    }
}
