package org.g5sahel.pcms.aml.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The entries of one list file in the file's order; a reference given twice rejects the file. */
final class EntryCollector {

    private final List<ParsedEntry> entries = new ArrayList<>();
    private final Set<String> references = new HashSet<>();

    /** Every {@code element} child of {@code parent}, read by {@code reader}, in order. */
    static List<ParsedEntry> read(XmlNode parent, String element, Function<XmlNode, ParsedEntry> reader) {
        EntryCollector entries = new EntryCollector();
        for (XmlNode node : parent.children(element)) {
            entries.add(node, reader.apply(node));
        }
        return entries.entries();
    }

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
