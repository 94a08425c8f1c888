package org.g5sahel.pcms.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word of the console exists in the three languages, and every key a template names exists. */
class BundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\.(?:get|fmt)\\('([a-zA-Z0-9.]+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/messages/console_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void sameKeysAndPlaceholdersAsFrench(String language) throws IOException {
        Properties french = bundle("fr");
        Properties other = bundle(language);
        assertThat(new TreeSet<>(other.stringPropertyNames())).isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        for (String key : french.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key)))
                    .as(language + " " + key)
                    .isEqualTo(placeholders(french.getProperty(key)));
            assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "ar"})
    void everyKeyTheTemplatesUseExists(String language) throws IOException {
        Properties texts = bundle(language);
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(Files::isRegularFile).forEach(template -> {
                try {
                    Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                    while (key.find()) {
                        assertThat(texts).as(template + " in " + language).containsKey(key.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
