package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's module map and the modules' own READMEs stay in step with the reactor: a module added, renamed or
 * split fails here until the map and its README say so.
 */
class DocsTest {

    private static final Pattern ARTIFACT =
            Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

    @Test
    void everyModuleOfTheReactorIsInTheReadmeMapWithItsOwnReadme() throws IOException {
        List<String> rows = Files.readAllLines(Manifests.ROOT.resolve("README.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
        List<String> modules = Manifests.modules();
        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            assertThat(rows)
                    .as("a row of the README's module map naming `" + module + "` in its first column")
                    .anyMatch(row -> firstColumn(row).contains("`" + module + "`"));
            assertThat(rows)
                    .as("the README's map links " + module + "/README.md")
                    .anyMatch(row -> firstColumn(row).contains("`" + module + "`")
                            && row.contains("(" + module + "/README.md)"));
            Path readme = Manifests.ROOT.resolve(module).resolve("README.md");
            assertThat(readme).as("the README of " + module).exists();
            String artifact = artifactId(module);
            assertThat(Files.readString(readme))
                    .as(module + "/README.md names its artifact " + artifact)
                    .contains(artifact);
        }
    }

    private static String firstColumn(String row) {
        return row.split("\\|")[1];
    }

    private static String artifactId(String module) throws IOException {
        Matcher artifact =
                ARTIFACT.matcher(Files.readString(Manifests.ROOT.resolve(module).resolve("pom.xml")));
        assertThat(artifact.find()).as("the artifactId of " + module).isTrue();
        return artifact.group(1);
    }
}
