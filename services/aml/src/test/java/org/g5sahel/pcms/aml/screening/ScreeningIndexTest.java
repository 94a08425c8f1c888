package org.g5sahel.pcms.aml.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.g5sahel.pcms.aml.imports.UnListParser;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.matching.BirthDate;
import org.g5sahel.pcms.matching.NameMatching;
import org.g5sahel.pcms.matching.Policy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UN list in the matching engine's index: what a hostile spelling finds, and the dates the lists give. */
class ScreeningIndexTest {

    private static ScreeningIndex un;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream list =
                ScreeningIndexTest.class.getResourceAsStream("/sanctions/un-consolidated-2026-01-28.xml")) {
            un = new ScreeningIndex(
                    NameMatching.standard(),
                    UnListParser.parse(list).entries().stream()
                            .map(entry -> IndexedEntry.of(
                                    UUID.nameUUIDFromBytes(
                                            entry.referenceNumber().getBytes(StandardCharsets.UTF_8)),
                                    new IndexedEntry.ListRef("UN", "UN"),
                                    entry.referenceNumber(),
                                    entry.kind(),
                                    entry.primaryName(),
                                    entry.content()))
                            .toList());
        }
    }

    /** Format characters and look-alike letters of other scripts change neither the entry found nor its score. */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Iy\u200Bad Ag Ghali            | Iyad Ag Ghali", // zero-width space splits no word
                "Iyad Ag Gh\u00ADali            | Iyad Ag Ghali", // soft hyphen
                "\u202EIyad\u202C Ag Ghali      | Iyad Ag Ghali", // bidirectional controls
                "Iyad \u0410g Gh\u0430li        | Iyad Ag Ghali", // Cyrillic A and a
                "\u0399yad Ag Ghal\u03B9        | Iyad Ag Ghali", // Greek Iota
                "\u061C\u0627\u064A\u200C\u0627\u062F \u0627\u063A \u063A\u0627\u0644\u064A"
                        + " | \u0627\u064A\u0627\u062F \u0627\u063A \u063A\u0627\u0644\u064A"
            }) // letter mark, ZWNJ
    void lookalikeSpellingsFindTheSameEntryWithTheSameScore(String written, String plain) {
        Candidate hostile = first(written);
        Candidate expected = first(plain);
        assertThat(expected.referenceNumber()).isEqualTo("QDi.316");
        assertThat(hostile.referenceNumber()).isEqualTo(expected.referenceNumber());
        assertThat(hostile.score()).isEqualTo(expected.score());
    }

    private static Candidate first(String name) {
        List<Candidate> found =
                un.screen(new ScreeningQuery(name, null, null, null), Policy.STANDARD, 1, Locale.FRENCH);
        assertThat(found).as(name).isNotEmpty();
        return found.get(0);
    }

    @Test
    void theListsDatesBecomeDatesTheEngineCompares() {
        assertThat(ScreeningIndex.birthDates(new EntryContent.BirthDate("EXACT", "1958-03-01", null, null, null)))
                .containsExactly(new BirthDate(1958, 3, 1));
        assertThat(ScreeningIndex.birthDates(new EntryContent.BirthDate("EXACT", null, 1958, null, null)))
                .containsExactly(new BirthDate(1958, null, null));
        assertThat(ScreeningIndex.birthDates(new EntryContent.BirthDate("APPROXIMATELY", null, 1958, null, null)))
                .extracting(BirthDate::year)
                .containsExactly(1956, 1957, 1958, 1959, 1960);
        assertThat(ScreeningIndex.birthDates(new EntryContent.BirthDate("BETWEEN", null, null, 1967, 1969)))
                .extracting(BirthDate::year)
                .containsExactly(1967, 1968, 1969);
        assertThat(ScreeningIndex.birthDates(new EntryContent.BirthDate("BETWEEN", null, null, 1940, 1975)))
                .isEmpty();
    }

    @Test
    void aYearOfBirthInAnApproximationLowersTheNameScoreNeeded() {
        EntryContent content = new EntryContent(
                null,
                List.of(new EntryContent.Name("Hamadoun Ould Cheikhna", "PRIMARY")),
                List.of(new EntryContent.BirthDate("APPROXIMATELY", null, 1977, null, null)),
                List.of(),
                List.of(),
                null);
        ScreeningIndex index = new ScreeningIndex(
                NameMatching.standard(),
                List.of(IndexedEntry.of(
                        UUID.randomUUID(),
                        new IndexedEntry.ListRef("ML-GEL", "Gel"),
                        "ML-001",
                        EntryKind.INDIVIDUAL,
                        "Hamadoun Ould Cheikhna",
                        content)));
        Candidate found = index.screen(
                        new ScreeningQuery("Hamadou Cheikna", "1978", null, null), Policy.STANDARD, 1, Locale.FRENCH)
                .get(0);
        assertThat(found.explanation().decision()).isEqualTo("NAME_AND_YEAR_OF_BIRTH");
        assertThat(found.explanation().features())
                .contains(new Explanation.Feature("DATE_OF_BIRTH", "APPROXIMATE", "listed: [~1977]"));
    }
}
