package org.g5sahel.pcms.aml.imports;

import java.time.Instant;
import java.util.List;

/** A whole sanctions list file, read and checked. */
public record ParsedList(Instant generatedAt, List<ParsedEntry> entries) {

    public long count(org.g5sahel.pcms.aml.model.EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).count();
    }
}
