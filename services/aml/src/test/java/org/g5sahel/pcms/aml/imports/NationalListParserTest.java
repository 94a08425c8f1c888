package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** National lists as CSV: the header, quoted aliases, and the line an error names. */
class NationalListParserTest {

    private static final String HEADER = "referenceNumber,kind,name,aliases,birthDate,nationality,document\r\n";

    @Test
    void readsEntriesWithQuotedAliasesAfterAByteOrderMark() {
        ParsedList list =
                csv("\uFEFF" + HEADER + "ML-1,individual,Amadou Traore,\"Traore, A.;Amadou T\",1975-03-14,ML,B123\r\n"
                        + "\r\n" + "ML-2,ENTITY,\"Societe \"\"Sahel\"\"\",,,,\r\n");

        assertThat(list.entries()).hasSize(2);
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> csv("referenceNumber;kind\r\n"))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).node())
                .isEqualTo("line 1");
        assertThatThrownBy(() -> csv(HEADER + "ML-1,INDIVIDUAL,A,,,,\r\nML-2,INDIVIDUAL\r\n"))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).node())
                .isEqualTo("line 3");
        assertThatThrownBy(() -> csv(HEADER + "ML-1,INDIVIDUAL,,,,,\r\n"))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).node())
                .isEqualTo("line 2/name");
    }

    private static ParsedList csv(String text) {
        return NationalListParser.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
