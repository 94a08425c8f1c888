package org.g5sahel.pcms.commons.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real look-alikes: what must meet in a comparison key, and what must stay apart. */
class LookalikesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gl\u200Bock|Glock", // zero-width space
                "Gl\u200Cock\u200D|Glock", // zero-width non-joiner and joiner
                "\uFEFFGlock\u2060|Glock", // byte-order mark, word joiner
                "Kalash\u00ADnikov|Kalashnikov", // soft hyphen
                "\u202EKA-7735\u202C|KA-7735", // right-to-left override and pop
                "\u2066B1234567\u2069\u200E\u200F|B1234567", // isolates, left-to-right and right-to-left marks
                "\u061Cمحمد|محمد", // Arabic letter mark
                "Ould Ahmed|Ould Ahmed"
            })
    void formatCharactersAreRemovedAndNothingElse(String typed, String expected) {
        assertThat(Lookalikes.removeFormatCharacters(typed)).isEqualTo(expected);
    }

    @Test
    void freeTextOutsideCfIsKeptAsWritten() {
        String narrative = "Saisie à Téra — 3 fusils, « AK » ; محمد\nligne 2\t!";
        assertThat(Lookalikes.removeFormatCharacters(narrative)).isSameAs(narrative);
        assertThat(Lookalikes.removeFormatCharacters(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\u041A\u0410-7735|KA-7735", // Cyrillic Ka, A
                "\u0412\u0415\u041D\u0421\u041E\u0420\u0422\u0425\u0423\u0406\u0405\u041C|BEHCOPTXYISM", // the Cyrillic
                // capitals
                // drawn like
                // Latin ones
                "\u039A\u039F-1158|KO-1158", // Greek Kappa, Omicron
                "\u0391\u0392\u0395\u0396\u0397\u0399\u039C\u039D\u03A1\u03A4\u03A5\u03A7|ABEZHIMNPTYX", // Greek
                // capitals
                "Gl\u03BF\u0441k|Glock", // Greek small omicron, Cyrillic small es
                "\uFF27\uFF4C\uFF4F\uFF43\uFF4B|Glock", // fullwidth forms
                "\uFF2B\uFF21\uFF0D\uFF17\uFF17\uFF13\uFF15|KA-7735",
                "\u13AA\u13A0\u13A1|ADR", // Cherokee A, D, R
                "G\u200Bl\u043E\u0441k|Glock", // zero-width space and Cyrillic together
                "\u038C\u03BB\u03B3\u03B1|Óλya"
            }) // accents kept, gamma drawn like y, lambda has no Latin twin
    void lettersOfOtherScriptsDrawnLikeLatinOnesFoldToThem(String typed, String key) {
        assertThat(Lookalikes.foldToLatin(typed)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "K0-1158|K0-1158", // digits and ASCII letters as they are: 0 is not O,
                "KO-1I58|KO-1I58", // 1 is not I or l (TR39 alone would merge all three)
                "Mohamed rn|Mohamed rn",
                "\u0414\u0416|\u0414\u0416", // Cyrillic De, Zhe: no Latin twin
                "\u0417|\u0417", // Cyrillic Ze is drawn like the digit 3: not a letter, kept
                "\u0645\u062D\u0645\u062F \u0647\u0627|\u0645\u062D\u0645\u062F \u0647\u0627", // Arabic is uncased:
                // kept
                "\u0661\u0662\u0663|\u0661\u0662\u0663"
            }) // Arabic-Indic digits kept
    void asciiDigitsAndLettersWithoutALatinTwinStayApart(String typed, String key) {
        assertThat(Lookalikes.foldToLatin(typed)).isEqualTo(key);
    }

    @Test
    void aLookalikeFoldsToTheLatinLetterOfItsOwnCase() {
        // TR39 draws I, l and Greek Iota alike; an upper-case Iota is an I, a Cyrillic small i an i.
        assertThat(Lookalikes.foldToLatin("\u0399\u0406\u0456\u03B9")).isEqualTo("IIii");
        assertThat(Lookalikes.foldToLatin(null)).isEmpty();
    }

    @Test
    void aCaseInsensitiveKeyFoldsTheCapitals() {
        // Small Cyrillic ka, ie, te: ie is drawn like e, but only the capitals of ka and te are drawn like K and T.
        assertThat(Lookalikes.foldToLatin("\u043A\u0435\u0442")).isEqualTo("\u043Ae\u0442");
        assertThat(Lookalikes.foldToLatinIgnoringCase("\u043A\u0435\u0442")).isEqualTo("KET");
        assertThat(Lookalikes.foldToLatinIgnoringCase("Gl\u200B\u03BFck")).isEqualTo("GLOCK");
        assertThat(Lookalikes.foldToLatinIgnoringCase("\u2113\uFF4B")).isEqualTo("LK");
        assertThat(Lookalikes.foldToLatinIgnoringCase(null)).isEmpty();
    }
}
