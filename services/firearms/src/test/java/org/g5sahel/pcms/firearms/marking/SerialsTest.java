package org.g5sahel.pcms.firearms.marking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth tables of serial normalisation, folding and query compilation, and of calibre keys. */
class SerialsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "KA-7735 12       | KA773512",
                "ka 7735/12       | KA773512",
                "  ka.7735_12     | KA773512",
                "Nº 0045-É        | NO0045E",
                "АК 1234          | AK1234",
                "12 34 56         | 123456",
                "ÖBB-8            | OBB8",
                "ак 1234          | AK1234",
                "\u039A\u039F-1158    | KO1158",
                "K\u200BA-77\u202E35  | KA7735",
                "\uFF2B\uFF21\uFF0D\uFF17\uFF17 | KA77",
                "K0-1158          | K01158"
            })
    void normalisationKeepsLettersAndDigitsInUpperCase(String asMarked, String normalised) {
        assertThat(Serials.normalise(asMarked)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "OBIS0          | 08150",
                "0815O          | 08150",
                "KA773512       | KA773512",
                "SB-1O          | 58-10",
                "ZL2            | 212"
            })
    void foldingMergesLookAlikes(String normalised, String folded) {
        assertThat(Serials.fold(normalised)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} and {1}: one serial = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // mistyped off worn markings: one serial
                "KO-1I58 3S  | K0-1158 35  | true",
                "8ER-01-7788 | BER-OI-7788 | true",
                "ka-l158     | KA 1158     | true",
                "2Z-0815     | ZZ O8IS     | true",
                // distinct serials stay distinct
                "K0-1158 35  | K0-1158 36  | false",
                "BER-01-7788 | BER-01-7789 | false",
                "KA-1158     | KH-1158     | false",
                "1158        | 11580       | false"
            })
    void foldedSerialsMeetOnlyWhenTheyAreOneSerialMistyped(String typed, String marked, boolean same) {
        assertThat(Serials.fold(Serials.normalise(typed)).equals(Serials.fold(Serials.normalise(marked))))
                .isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} (fold={1}) → {2} on {3}, wildcard={4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ka-7735 12  | false | KA773512 | serialNormalised | false",
                "KA7735*     | false | KA7735%  | serialNormalised | true",
                "KA**7735    | false | KA%7735  | serialNormalised | true",
                "KA77?512    | false | KA77_512 | serialNormalised | true",
                "*3512       | false | %3512    | serialNormalised | true",
                "KO-IS8      | true  | K0158    | serialFolded     | false",
                "SO*1        | true  | 50%1     | serialFolded     | true"
            })
    void queriesCompileToExactComparisonsOrPatterns(
            String typed, boolean fold, String value, String column, boolean wildcard) {
        assertThat(Serials.query(typed, fold)).contains(new Serials.Query(value, column, wildcard));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                                  | serial.required",
                "'   '                                               | serial.required",
                "'--/--'                                             | serial.no-characters",
                "'***'                                               | serial.no-characters",
                "'A*'                                                | serial.wildcard-too-broad",
                "'?B?'                                               | serial.wildcard-too-broad",
                "'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ'    | serial.too-long"
            })
    void unusableQueriesAreRefusedWithTheirReason(String typed, String reason) {
        assertThat(Serials.query(typed, false)).isEmpty();
        assertThat(Serials.queryProblem(typed)).contains(reason);
    }

    @ParameterizedTest(name = "''{0}'' cannot be registered: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                 | serial.required",
                "' - / . '          | serial.no-characters",
                "'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ' | serial.too-long"
            })
    void absurdSerialsCannotBeRegistered(String asMarked, String reason) {
        assertThat(Serials.problemWith(asMarked)).contains(reason);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "7,62 × 39 mm     | 7.62X39",
                "7.62x39          | 7.62X39",
                "7.62X39MM        | 7.62X39",
                "12 gauge         | 12GA",
                "12ga             | 12GA",
                "9 mm Parabellum  | 9PARABELLUM",
                ".45 ACP          | .45ACP",
                "cal. inconnu (artisanal) | CAL.INCONNU(ARTISANAL)"
            })
    void calibresKeepTheirNotationAndMeetOnAKey(String given, String key) {
        assertThat(Calibres.key(given)).isEqualTo(key);
    }
}
