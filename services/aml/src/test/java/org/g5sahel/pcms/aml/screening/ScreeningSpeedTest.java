package org.g5sahel.pcms.aml.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.g5sahel.pcms.aml.imports.ParsedEntry;
import org.g5sahel.pcms.aml.imports.UnListParser;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.matching.NameMatching;
import org.g5sahel.pcms.matching.Policy;
import org.g5sahel.pcms.matching.RomanisationTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Names screened per second on one thread against the real UN list plus a generated list of OFAC's size and shape
 * (about 18,000 entries: the real SDN file is not kept here). Printed for docs/performance.md, not asserted: the
 * figure depends on the machine. Half the queries are UN primary names, half generated names; half give a year of
 * birth. Run with {@code -Daml.screening.speed=true} (a few minutes).
 */
@EnabledIfSystemProperty(named = "aml.screening.speed", matches = "true")
class ScreeningSpeedTest {

    private static final int OFAC_SIZE = 18_000;

    @Test
    void namesPerSecondAgainstTheUnListAndAnOfacSizeList() throws IOException {
        List<IndexedEntry> entries = new ArrayList<>();
        List<ParsedEntry> un;
        try (InputStream list = getClass().getResourceAsStream("/sanctions/un-consolidated-2026-01-28.xml")) {
            un = UnListParser.parse(list).entries();
        }
        for (ParsedEntry entry : un) {
            entries.add(entry("UN", entry.referenceNumber(), entry.kind(), entry.primaryName(), entry.content()));
        }
        Random random = new Random(18_000L);
        List<String> words = words();
        for (int i = 0; i < OFAC_SIZE; i++) {
            boolean entity = random.nextInt(4) == 0;
            List<EntryContent.Name> names = new ArrayList<>();
            String primary = name(words, random, entity);
            names.add(new EntryContent.Name(primary, "PRIMARY"));
            for (int alias = random.nextInt(3); alias > 0; alias--) {
                names.add(new EntryContent.Name(name(words, random, entity), random.nextBoolean() ? "GOOD" : "LOW"));
            }
            List<EntryContent.BirthDate> births = entity || random.nextInt(10) < 3
                    ? List.of()
                    : List.of(new EntryContent.BirthDate(
                            "EXACT",
                            String.format(
                                    "%d-%02d-%02d",
                                    1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            null,
                            null,
                            null));
            entries.add(entry(
                    "US-OFAC-SDN",
                    Integer.toString(10_000 + i),
                    entity ? EntryKind.ENTITY : EntryKind.INDIVIDUAL,
                    primary,
                    new EntryContent("SDGT", names, births, List.of(), List.of(), null)));
        }

        List<ScreeningQuery> queries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ParsedEntry listed = un.get(random.nextInt(un.size()));
            boolean listedName = i % 2 == 0;
            String name = listedName ? listed.primaryName() : name(words, random, false);
            queries.add(new ScreeningQuery(
                    name, i % 4 < 2 ? null : Integer.toString(1940 + random.nextInt(60)), null, null));
        }
        long build = System.nanoTime();
        // As the service builds it: the engine with the standard policy, each screening deciding under its own.
        ScreeningIndex index = new ScreeningIndex(NameMatching.standard(), entries);
        System.out.printf("Index of %d entries built in %.1f s%n", index.size(), (System.nanoTime() - build) / 1e9);
        for (ScreeningQuery query : queries.subList(0, 200)) {
            index.screen(query, Policy.STANDARD, 40, Locale.FRENCH);
        }
        long start = System.nanoTime();
        int hits = 0;
        for (ScreeningQuery query : queries) {
            hits += index.screen(query, Policy.STANDARD, 40, Locale.FRENCH).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d names in %.2f s: %.0f names/s on one thread (%d hits)%n",
                queries.size(), seconds, queries.size() / seconds, hits);
        assertThat(hits).isPositive();
    }

    private static IndexedEntry entry(
            String list, String reference, EntryKind kind, String primary, EntryContent content) {
        return IndexedEntry.of(
                UUID.nameUUIDFromBytes((list + reference).getBytes(StandardCharsets.UTF_8)),
                new IndexedEntry.ListRef(list, list),
                reference,
                kind,
                primary,
                content);
    }

    /** One spelling of each name of the romanisation table. */
    private static List<String> words() {
        return RomanisationTable.standard().clusters().stream()
                .map(cluster -> cluster.latin().get(0))
                .toList();
    }

    private static String name(List<String> words, Random random, boolean entity) {
        StringBuilder name = new StringBuilder();
        for (int word = 2 + random.nextInt(2); word > 0; word--) {
            name.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        return entity
                ? name.append("Trading Company").toString()
                : name.toString().strip();
    }
}
