package org.g5sahel.pcms.aml.screening;

import java.util.UUID;

import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * A sanctions entry that may be the screened party, with its score (0 to 1) and why: the list (code and name), the
 * entry's reference in that list (UN {@code QDi.316}, OFAC uid, EU reference …) and its programme, as the list gives
 * them.
 */
public record Candidate(UUID entryId, String listCode, String listName, String referenceNumber, String programme,
        EntryKind kind, String primaryName, double score, Explanation explanation) {
}
