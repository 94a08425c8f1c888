package org.g5sahel.pcms.aml.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The published excerpts kept with the tests (see {@code sanctions/PROVENANCE.md}). */
final class Fixtures {

    private Fixtures() {}

    static InputStream excerpt(String file) {
        return Fixtures.class.getResourceAsStream("/sanctions/" + file);
    }

    static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedEntry entry(ParsedList list, String reference) {
        return list.entries().stream()
                .filter(entry -> entry.referenceNumber().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + reference));
    }
}
