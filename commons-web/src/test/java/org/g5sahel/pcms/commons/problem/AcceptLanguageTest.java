package org.g5sahel.pcms.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ProblemMessages#negotiate(String)}: the language of a problem from a raw Accept-Language header. */
class AcceptLanguageTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "*",
                "de",
                "ha, ff;q=0.9",
                "fr",
                "fr-BF",
                "fr-FR,en;q=0.9",
                "en;q=0.4, fr;q=0.5",
                "en;q=0",
                ";;;",
                "en;q=2",
                "x-klingon-very-long-and-not-a-real-tag-at-all-but-still-syntactically-fine"
            })
    void choosesFrench(String header) {
        assertThat(ProblemMessages.negotiate(header)).isEqualTo(Locale.FRENCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-US", "en-GB,fr;q=0.8", "de, en;q=0.5", "fr;q=0.1, en", "ha, en-NG;q=0.7"})
    void choosesEnglishWhenItIsTheBestSupportedMatch(String header) {
        assertThat(ProblemMessages.negotiate(header)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "AR", "ar-MR, ha;q=0.9", "ar-TD,fr;q=0.5", "ha, ar;q=0.6, en;q=0.5", "fr;q=0.1, ar"})
    void choosesArabicWhenItIsTheBestSupportedMatch(String header) {
        assertThat(ProblemMessages.negotiate(header)).isEqualTo(ProblemMessages.ARABIC);
    }

    @ParameterizedTest
    @CsvSource({"'en, fr', en", "'fr, en', fr", "'en;q=0.5, fr;q=0.5', en"})
    void keepsTheCallersOrderBetweenEqualWeights(String header, String language) {
        assertThat(ProblemMessages.negotiate(header).getLanguage()).isEqualTo(language);
    }

    @Test
    void ignoresOverlongHeaders() {
        assertThat(ProblemMessages.negotiate("en," + "x".repeat(600))).isEqualTo(Locale.FRENCH);
    }
}
