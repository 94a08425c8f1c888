package org.g5sahel.pcms.commons.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.g5sahel.pcms.commons.text.CsvFiles.Row;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets export it, and the lines row reports point to. */
class CsvFilesTest {

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineEnds() {
        List<Row> rows = CsvFiles.read(
                "type,make,note\r\nPISTOL,\"Beretta, Italy\",\"said \"\"92\"\"\nsecond line\"\r\nRIFLE,MAS,\r\n");

        assertThat(rows)
                .containsExactly(
                        new Row(1, List.of("type", "make", "note")),
                        new Row(2, List.of("PISTOL", "Beretta, Italy", "said \"92\"\nsecond line")),
                        new Row(4, List.of("RIFLE", "MAS", "")));
    }

    @Test
    void theHeadersFirstSeparatorDecides() {
        assertThat(CsvFiles.read("type;calibre\nRIFLE;7,62x39\n"))
                .extracting(Row::fields)
                .containsExactly(List.of("type", "calibre"), List.of("RIFLE", "7,62x39"));
        assertThat(CsvFiles.read("type,calibre\nRIFLE;AKM,7\n"))
                .extracting(Row::fields)
                .containsExactly(List.of("type", "calibre"), List.of("RIFLE;AKM", "7"));
    }

    @Test
    void byteOrderMarkIsDroppedAndBlankLinesKeepTheirPlace() {
        List<Row> rows = CsvFiles.read("\uFEFFtype,make\n\n  \nPISTOL,Beretta");

        assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(0).fields()).containsExactly("type", "make");
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(3).isBlank()).isFalse();
    }

    @Test
    void malformedRecordsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> CsvFiles.read("a,b\nc,d\ne,\"f\ng,h\n"))
                .isInstanceOf(CsvFiles.MalformedException.class)
                .extracting(e -> ((CsvFiles.MalformedException) e).line())
                .isEqualTo(3);
        assertThatThrownBy(() -> CsvFiles.read("a,b\n\"c\"d,e\n"))
                .isInstanceOf(CsvFiles.MalformedException.class)
                .extracting(e -> ((CsvFiles.MalformedException) e).line())
                .isEqualTo(2);
    }

    @Test
    void lenientReadingRunsAnOpenQuoteToTheEndAndKeepsTextAfterAClosingQuote() {
        assertThat(CsvFiles.readLenient("a,b\n\"c\"d,e\nf,\"g\nh\n"))
                .extracting(Row::fields)
                .containsExactly(List.of("a", "b"), List.of("cd", "e"), List.of("f", "g\nh\n"));
        assertThat(CsvFiles.readLenient("\uFEFFa;b\n")).extracting(Row::fields).containsExactly(List.of("a;b"));
    }
}
