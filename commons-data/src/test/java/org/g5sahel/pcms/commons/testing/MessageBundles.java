package org.g5sahel.pcms.commons.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.g5sahel.pcms.commons.problem.ProblemMessages;

/**
 * Checks a message bundle ({@code messages.problems} of commons, {@code messages.service} of a service) in every
 * language of {@link ProblemMessages#SUPPORTED}: the same keys as French, patterns that format with the same
 * placeholders as French, Arabic text in the Arabic file.
 */
public final class MessageBundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Object[] SAMPLE_ARGUMENTS =
            IntStream.rangeClosed(1, 5).boxed().toArray();

    private MessageBundles() {}

    public static void assertTranslated(String baseName) {
        ResourceBundle french = bundle(baseName, ProblemMessages.FRENCH);
        Set<String> keys = french.keySet();
        for (Locale language : ProblemMessages.SUPPORTED) {
            ResourceBundle bundle = bundle(baseName, language);
            assertThat(bundle.getLocale()).as("%s in %s", baseName, language).isEqualTo(language);
            assertThat(bundle.keySet())
                    .as("keys of %s_%s against French", baseName, language)
                    .containsExactlyInAnyOrderElementsOf(keys);
            for (String key : keys) {
                String pattern = bundle.getString(key);
                assertThatCode(() -> new MessageFormat(pattern, language).format(SAMPLE_ARGUMENTS))
                        .as("%s_%s: %s", baseName, language, key)
                        .doesNotThrowAnyException();
                assertThat(placeholders(pattern))
                        .as("placeholders of %s_%s: %s", baseName, language, key)
                        .isEqualTo(placeholders(french.getString(key)));
                if (language.equals(ProblemMessages.ARABIC)) {
                    assertThat(pattern.codePoints()
                                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                            .as("%s_ar: %s is written in Arabic", baseName, key)
                            .isTrue();
                }
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        return PLACEHOLDER
                .matcher(pattern)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private static ResourceBundle bundle(String baseName, Locale language) {
        return ResourceBundle.getBundle(
                baseName,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
