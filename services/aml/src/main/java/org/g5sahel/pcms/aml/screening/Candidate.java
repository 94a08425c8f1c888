package org.g5sahel.pcms.aml.screening;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * A sanctions entry that may be the screened party: the list (code and name), the entry's reference in that list (UN
 * {@code QDi.316}, OFAC uid, EU reference …) and its programme as the list gives them, the matching engine's name
 * score (0 to 1), and why — structured, and in the officer's language.
 */
public record Candidate(
        UUID entryId,
        String listCode,
        String listName,
        String referenceNumber,
        String programme,
        EntryKind kind,
        String primaryName,

        @Schema(description = "The matching engine's name score (0 to 1) of the entry's closest name")
        double score,

        Explanation explanation,

        @Schema(
                description = "The explanation in the caller's language (Accept-Language: French by default, English, "
                        + "Arabic): one sentence per word of the name, then the date of birth, nationality and document, "
                        + "then the decision",
                example = "[\"« Ghaly » ~ « GHALI » : même son (0,96)\"]")
        List<String> sentences) {

    public Candidate {
        sentences = List.copyOf(sentences);
    }
}
