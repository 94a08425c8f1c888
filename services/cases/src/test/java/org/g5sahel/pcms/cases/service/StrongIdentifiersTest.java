package org.g5sahel.pcms.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectIdentifier.Kind;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.junit.jupiter.api.Test;

/** The normalisation truth table: spellings that must meet, and data that must never become an identifier. */
class StrongIdentifiersTest {

    private final StrongIdentifiers identifiers = new StrongIdentifiers(new IdentifierKeys("key-one"));

    @Test
    void theSameDocumentWrittenTwoWaysHashesTheSameAndWeakDataNotAtAll() {
        assertThat(identifiers.of(person("B-123 456", null)).keySet())
                .isEqualTo(identifiers.of(person("b123456", null)).keySet());
        assertThat(identifiers.of(person("B123456", null)).values()).containsExactly(Kind.DOCUMENT);
        // A name with a date of birth is no strong identifier: the matching module makes it a possible match.
        assertThat(identifiers.of(person("B123456", LocalDate.of(1985, 3, 12))).values())
                .containsExactly(Kind.DOCUMENT);
        SubjectDetails place = new SubjectDetails(
                null,
                null,
                null,
                null,
                null,
                null,
                new SubjectDetails.Place("Assamaka", "BORDER_CROSSING", "NE", null, null, null));
        assertThat(identifiers.of(place)).isEmpty();
    }

    @Test
    void lookalikesOfTheSameDocumentHashTheSame() {
        var latin =
                identifiers.of(person("AB123456", LocalDate.of(1985, 3, 12))).keySet();
        // A zero-width space, a bidirectional control, Cyrillic A and Greek Beta, fullwidth digits.
        assertThat(identifiers
                        .of(person("A\u200BB123456", LocalDate.of(1985, 3, 12)))
                        .keySet())
                .isEqualTo(latin);
        assertThat(identifiers
                        .of(person("\u202E\u0410\u0392-123456", LocalDate.of(1985, 3, 12)))
                        .keySet())
                .isEqualTo(latin);
        assertThat(identifiers
                        .of(person("AB\uFF11\uFF12\uFF13456", LocalDate.of(1985, 3, 12)))
                        .keySet())
                .isEqualTo(latin);
        // Dropping the Cyrillic letters instead of reading them would make another document of it.
        assertThat(identifiers.of(person("\u0410\u0392123456", null)).keySet())
                .isNotEqualTo(identifiers.of(person("XY123456", null)).keySet());
    }

    @Test
    void anotherKeyGivesOtherHashesSoTheHashesRevealNothingWithoutIt() {
        StrongIdentifiers other = new StrongIdentifiers(new IdentifierKeys("key-two"));
        assertThat(other.of(person("B123456", null)).keySet())
                .doesNotContainAnyElementsOf(
                        identifiers.of(person("B123456", null)).keySet());
    }

    private static SubjectDetails person(String document, LocalDate dateOfBirth) {
        return new SubjectDetails(
                new SubjectDetails.Person(
                        null,
                        "Mohamed Ould Ahmed",
                        List.of(),
                        dateOfBirth,
                        null,
                        "MR",
                        "M",
                        null,
                        List.of(new SubjectDetails.IdentityDocument("PASSPORT", document, "MR"))),
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
