package org.g5sahel.pcms.aml.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.imports.ParsedEntry;
import org.g5sahel.pcms.aml.imports.ParsedList;
import org.g5sahel.pcms.aml.imports.UnListParser;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.matching.NameMatching;
import org.g5sahel.pcms.matching.Policy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of screening against the real UN list, on variants nobody hand-picked: spellings of the
 * Arabic-name romanisation data substituted into the list's names and aliases, names reordered and stripped of their
 * particles, Arabic script matched against Latin names only; and names not on the list (random combinations of the
 * same romanisation data and common Sahel family names) for false positives. The figures are printed for the record;
 * only a sane lower bound is asserted, so that tuning stays possible.
 */
class ScreeningQualityTest {

    private static final Policy POLICY = Policy.STANDARD;
    private static final NameMatching ENGINE =
            NameMatching.builder().policy(POLICY).build();
    private static final String[] SAHEL_SURNAMES = {
        "Traore",
        "Diallo",
        "Maiga",
        "Cisse",
        "Toure",
        "Keita",
        "Sow",
        "Coulibaly",
        "Ouedraogo",
        "Sawadogo",
        "Issoufou",
        "Mahamadou",
        "Deby",
        "Abakar",
        "Ould Cheikh"
    };

    private static List<ParsedEntry> entries;
    private static ScreeningIndex full;
    private static ScreeningIndex latinOnly;
    private static Map<String, List<String>> spellings;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream list =
                ScreeningQualityTest.class.getResourceAsStream("/sanctions/un-consolidated-2026-01-28.xml")) {
            ParsedList parsed = UnListParser.parse(list);
            entries = parsed.entries();
        }
        full = index(false);
        latinOnly = index(true);
        spellings = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ScreeningQualityTest.class.getResourceAsStream("/names/arabic-name-romanisation-variants.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t");
                if (columns.length < 2) {
                    continue;
                }
                List<String> cluster = List.of(columns[1].split(" "));
                for (String spelling : cluster) {
                    spellings.putIfAbsent(SearchText.fold(spelling), cluster);
                }
            }
        }
    }

    private static ScreeningIndex index(boolean withoutOriginalScript) {
        return new ScreeningIndex(
                ENGINE,
                entries.stream()
                        .map(entry -> {
                            EntryContent content = entry.content();
                            if (withoutOriginalScript) {
                                content = new EntryContent(
                                        content.regime(),
                                        content.names().stream()
                                                .filter(name -> !"ORIGINAL_SCRIPT".equals(name.quality()))
                                                .toList(),
                                        content.birthDates(),
                                        content.nationalities(),
                                        content.documents(),
                                        content.gender());
                            }
                            return IndexedEntry.of(
                                    UUID.nameUUIDFromBytes(
                                            entry.referenceNumber().getBytes(StandardCharsets.UTF_8)),
                                    new IndexedEntry.ListRef("UN", "UN"),
                                    entry.referenceNumber(),
                                    entry.kind(),
                                    entry.primaryName(),
                                    content);
                        })
                        .toList());
    }

    @Test
    void recallAndPrecisionOnDerivedVariants() {
        Random random = new Random(20260128L);
        Map<String, Counts> byFamily = new java.util.LinkedHashMap<>();
        for (ParsedEntry entry : entries) {
            if (entry.kind() != EntryKind.INDIVIDUAL) {
                continue;
            }
            String primary = entry.primaryName();
            String respelled = respell(primary, random);
            if (respelled != null) {
                measure(byFamily, "romanisation variant of the primary name", full, respelled, entry);
            }
            String reordered = reorder(primary);
            if (reordered != null) {
                measure(byFamily, "name order reversed", full, reordered, entry);
            }
            String particles = particles(primary);
            if (particles != null) {
                measure(byFamily, "particles changed (ould/ben/ag, al-/el-)", full, particles, entry);
            }
            for (EntryContent.Name alias : entry.content().names()) {
                if (alias.quality().equals("GOOD") || alias.quality().equals("AKA")) {
                    String variant = respell(alias.value(), random);
                    if (variant != null) {
                        measure(byFamily, "romanisation variant of a strong alias", full, variant, entry);
                    }
                }
                if (alias.quality().equals("ORIGINAL_SCRIPT")
                        && alias.value()
                                .codePoints()
                                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
                    measure(byFamily, "Arabic script against Latin names only", latinOnly, alias.value(), entry);
                }
            }
        }
        List<String> pool = spellings.values().stream()
                .map(cluster -> cluster.get(0))
                .distinct()
                .sorted()
                .toList();
        Counts negatives = new Counts();
        for (int i = 0; i < 1000; i++) {
            String name = pool.get(random.nextInt(pool.size())) + " " + pool.get(random.nextInt(pool.size())) + " "
                    + SAHEL_SURNAMES[random.nextInt(SAHEL_SURNAMES.length)];
            negatives.queries++;
            negatives.falsePositives += full.screen(
                            new ScreeningQuery(name, null, null, null), POLICY, 10, Locale.FRENCH)
                    .size();
        }
        byFamily.put("names not on the list", negatives);

        Counts total = new Counts();
        System.out.println("Screening quality on the UN list (name alone, threshold " + POLICY.nameAlone() + "):");
        byFamily.forEach((family, counts) -> {
            total.add(counts);
            System.out.printf(
                    "  %-45s queries %5d  recall %s  false positives %d%n",
                    family,
                    counts.queries,
                    counts.expected == 0 ? "   -  " : String.format("%.3f", counts.recall()),
                    counts.falsePositives);
        });
        System.out.printf(
                "  TOTAL recall %.3f  precision %.3f  (%d expected, %d found, %d false positives)%n",
                total.recall(), total.precision(), total.expected, total.found, total.falsePositives);
        assertThat(total.recall()).isGreaterThan(0.8);
        assertThat(total.precision()).isGreaterThan(0.6);
    }

    @Test
    void explanationsNameEveryFeature() {
        ParsedEntry entry = entries.stream()
                .filter(e -> e.referenceNumber().equals("QDi.401"))
                .findFirst()
                .orElseGet(() -> entries.get(0));
        List<Candidate> found =
                full.screen(new ScreeningQuery(entry.primaryName(), "1970", "ML", null), POLICY, 5, Locale.ENGLISH);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).referenceNumber()).isEqualTo(entry.referenceNumber());
        assertThat(found.get(0).explanation().features())
                .extracting(Explanation.Feature::feature)
                .contains("NAME_SIMILARITY", "NAME_ORDER", "ALIAS_QUALITY", "DATE_OF_BIRTH", "NATIONALITY", "DOCUMENT");
        assertThat(found.get(0).sentences()).last().asString().startsWith("Possible match");
    }

    private static void measure(
            Map<String, Counts> byFamily, String family, ScreeningIndex index, String query, ParsedEntry expected) {
        Counts counts = byFamily.computeIfAbsent(family, key -> new Counts());
        List<Candidate> found = index.screen(new ScreeningQuery(query, null, null, null), POLICY, 10, Locale.FRENCH);
        counts.queries++;
        counts.expected++;
        boolean hit = found.stream().anyMatch(c -> c.referenceNumber().equals(expected.referenceNumber()));
        counts.found += hit ? 1 : 0;
        // Another entry with the very same primary name (relatives, duplicates across regimes) is not a mistake.
        counts.falsePositives += (int) found.stream()
                .filter(c -> !c.referenceNumber().equals(expected.referenceNumber()))
                .filter(c -> !SearchText.fold(c.primaryName()).equals(SearchText.fold(expected.primaryName())))
                .count();
    }

    /** Every token found in the romanisation data replaced by another spelling of it; null when none is. */
    private static String respell(String name, Random random) {
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String token : name.split("\\s+")) {
            List<String> cluster = spellings.get(SearchText.fold(token));
            List<String> others = cluster == null
                    ? List.of()
                    : cluster.stream()
                            .filter(s -> !SearchText.fold(s).equals(SearchText.fold(token)))
                            .toList();
            if (!others.isEmpty()) {
                out.add(others.get(random.nextInt(others.size())));
                changed = true;
            } else {
                out.add(token);
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    private static String reorder(String name) {
        String[] tokens = name.split("\\s+");
        if (tokens.length < 2) {
            return null;
        }
        List<String> reversed = new ArrayList<>(List.of(tokens));
        java.util.Collections.reverse(reversed);
        return String.join(" ", reversed);
    }

    private static final Map<String, String> PARTICLE_SWAPS = Map.of(
            "bin", "ould", "ben", "ibn", "ag", "ben", "ould", "ben", "al", "el", "el", "al", "abu", "abou", "abou",
            "abu");

    private static String particles(String name) {
        String folded = SearchText.fold(name);
        String swapped = java.util.Arrays.stream(folded.split("\\s+"))
                .map(token -> {
                    int dash = token.indexOf('-');
                    String head = dash > 0 ? token.substring(0, dash) : token;
                    String swap = PARTICLE_SWAPS.get(head);
                    return swap == null ? token : swap + (dash > 0 ? token.substring(dash) : "");
                })
                .collect(Collectors.joining(" "));
        return swapped.equals(folded) ? null : swapped;
    }

    private static final class Counts {
        int queries;
        int expected;
        int found;
        int falsePositives;

        void add(Counts other) {
            queries += other.queries;
            expected += other.expected;
            found += other.found;
            falsePositives += other.falsePositives;
        }

        double recall() {
            return expected == 0 ? 0 : (double) found / expected;
        }

        double precision() {
            return found + falsePositives == 0 ? 0 : (double) found / (found + falsePositives);
        }
    }
}
