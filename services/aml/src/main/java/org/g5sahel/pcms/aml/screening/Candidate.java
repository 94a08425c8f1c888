package org.g5sahel.pcms.aml.screening;

import java.util.UUID;

import org.g5sahel.pcms.aml.model.EntryKind;

/** A sanctions entry that may be the screened party, with its score (0 to 1) and why. */
public record Candidate(UUID entryId, String listCode, String referenceNumber, EntryKind kind, String primaryName,
        double score, Explanation explanation) {
}
