package org.g5sahel.pcms.aml.imports;

import java.time.LocalDate;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/** One entry read from a sanctions list file, before it is compared with what the registry holds. */
public record ParsedEntry(
        String referenceNumber, EntryKind kind, String primaryName, LocalDate listedOn, EntryContent content) {}
