package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The member States have one default, the services' (commons-web); the console, which does not stand on commons,
 * repeats it for its directory page, and this keeps the two equal. Another group of States is set once, in the chart,
 * for both.
 */
class MemberStatesTest {

    private static final String KEY = "pcms.member-states";

    @Test
    void theConsoleOffersTheStatesTheServicesServe() throws IOException {
        String services = property(
                Manifests.ROOT.resolve("commons-web/src/main/resources/META-INF/microprofile-config.properties"));
        String console = property(Manifests.ROOT.resolve("web/src/main/resources/application.properties"));
        assertThat(services).as("the services' default member States").isNotBlank();
        assertThat(console).as("the console's member States").isEqualTo(services);
    }

    private static String property(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties.getProperty(KEY);
    }
}
