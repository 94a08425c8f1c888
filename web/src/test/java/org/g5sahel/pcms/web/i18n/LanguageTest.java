package org.g5sahel.pcms.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theBrowsersFirstSupportedLanguageWins() {
        assertThat(Language.fromAcceptLanguage("de-DE,ar;q=0.8,en;q=0.5")).contains("ar");
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).contains("en");
        assertThat(Language.fromAcceptLanguage("de, it")).isEmpty();
        assertThat(Language.fromAcceptLanguage("not a header;;")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }

    @Test
    void onlyTheThreeLanguagesAreAccepted() {
        assertThat(Language.supported("AR-TD")).contains("ar");
        assertThat(Language.supported("fr")).contains("fr");
        assertThat(Language.supported("<script>")).isEqualTo(Optional.empty());
    }

    @Test
    void eachStateHasItsTimeZone() {
        assertThat(Language.zoneOf("TD").getId()).isEqualTo("Africa/Ndjamena");
        assertThat(Language.zoneOf("G5").getId()).isEqualTo("UTC");
    }
}
