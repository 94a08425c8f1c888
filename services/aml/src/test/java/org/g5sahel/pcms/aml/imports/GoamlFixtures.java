package org.g5sahel.pcms.aml.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The project's own goAML files ({@code src/test/resources/goaml}). */
final class GoamlFixtures {

    /** Files of every report family that follow the goAML 5.0.2 schema (the prefixed one, its namespace set aside). */
    static final String[] SCHEMA_VALID = {
        "aif.xml",
        "aift.xml",
        "dpmsr-gold.xml",
        "ecdd.xml",
        "ecddt.xml",
        "reason-in-party.xml",
        "prefixed-namespace.xml"
    };

    /**
     * The published goAML schema, where a checkout has the shared reference data beside it (reference only: never
     * copied into the project); the tests that read it skip themselves without it.
     */
    static final Path SHARED_SCHEMA = Path.of("../../../shared/data/goaml/goAMLSchema.xsd");

    private GoamlFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream input = GoamlFixtures.class.getResourceAsStream("/goaml/" + name)) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture with one piece of text replaced, to break it in one place. */
    static byte[] edited(String name, String from, String to) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(name + " has no " + from);
        }
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
