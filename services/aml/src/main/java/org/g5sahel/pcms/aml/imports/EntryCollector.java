package org.g5sahel.pcms.aml.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The entries of one list file in the file's order; a reference given twice rejects the file. */
final class EntryCollector {

    private final List<ParsedEntry> entries = new ArrayList<>();
    private final Set<String> references = new HashSet<>();

    void add(XmlNode node, ParsedEntry entry) {
        if (!references.add(entry.referenceNumber())) {
            throw node.error("import.duplicate-reference");
        }
        entries.add(entry);
    }

    List<ParsedEntry> entries() {
        return List.copyOf(entries);
    }
}
