package org.g5sahel.pcms.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void frenchUnlessTheCallerPrefersASupportedLanguage() {
        assertThat(ProblemMessages.negotiate(List.of())).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.GERMAN))).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.GERMAN, Locale.UK))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void everyProblemTypeHasATitleAndDetailInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            for (Locale locale : ProblemMessages.SUPPORTED) {
                assertThat(ProblemMessages.title(type, locale)).as("%s title in %s", type, locale)
                        .isNotEqualTo(type.slug() + ".title");
                assertThat(ProblemMessages.message(type.slug() + ".detail", locale, 1)).as("%s detail", type)
                        .isNotEqualTo(type.slug() + ".detail");
            }
        }
    }
}
