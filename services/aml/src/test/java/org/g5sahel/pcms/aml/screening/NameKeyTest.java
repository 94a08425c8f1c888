package org.g5sahel.pcms.aml.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that look the same are the same tokens: format characters and look-alike letters of other scripts. */
class NameKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Iy\u200Bad Ag Ghali            | Iyad Ag Ghali",         // zero-width space splits no word
            "Iyad Ag Gh\u00ADali            | Iyad Ag Ghali",         // soft hyphen
            "\u202EIyad\u202C Ag Ghali      | Iyad Ag Ghali",         // bidirectional controls
            "Iyad \u0410g Gh\u0430li        | Iyad Ag Ghali",         // Cyrillic A and a
            "\u0399yad Ag Ghal\u03B9        | Iyad Ag Ghali",         // Greek Iota
            "\u061C\u0645\u062D\u200C\u0645\u062F | \u0645\u062D\u0645\u062F" }) // Arabic letter mark, non-joiner
    void lookalikeSpellingsGiveTheSameTokens(String written, String plain) {
        assertThat(folded(written)).isEqualTo(folded(plain));
    }

    private static List<String> folded(String name) {
        return NameKey.tokens(name).stream().map(NameKey.Token::folded).toList();
    }
}
