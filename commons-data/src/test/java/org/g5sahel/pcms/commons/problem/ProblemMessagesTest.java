package org.g5sahel.pcms.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.commons.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void frenchUnlessTheCallerPrefersASupportedLanguage() {
        assertThat(ProblemMessages.negotiate(List.of())).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.GERMAN))).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.GERMAN, Locale.UK))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)))
                .isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.negotiate(List.of(Locale.forLanguageTag("ar-TD"), Locale.FRENCH)))
                .isEqualTo(ProblemMessages.ARABIC);
        assertThat(ProblemMessages.negotiate("ar, fr;q=0.5")).isEqualTo(ProblemMessages.ARABIC);
        assertThat(ProblemMessages.negotiate("fr, ar;q=0.5")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void everyMessageIsInEveryLanguage() {
        MessageBundles.assertTranslated("messages.problems");
    }

    @Test
    void everyProblemTypeHasATitleAndDetailInEveryLanguage() {
        for (ProblemType type : ProblemType.values()) {
            for (Locale locale : ProblemMessages.SUPPORTED) {
                assertThat(ProblemMessages.title(type, locale))
                        .as("%s title in %s", type, locale)
                        .isNotEqualTo(type.slug() + ".title");
                assertThat(ProblemMessages.message(type.slug() + ".detail", locale, 1))
                        .as("%s detail", type)
                        .isNotEqualTo(type.slug() + ".detail");
            }
        }
    }
}
