package org.g5sahel.pcms.alerts.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;

/**
 * What a screening answers: one line per hit. A hit on an entry the screener may see names it (without the file for
 * border officers); a hit on one they may not see says only who to contact.
 */
public record ScreeningResult(UUID screeningId, int screened, List<Hit> hits) {

    /**
     * One reason the score is what it is. {@code because}: for the name, the matching engine's sentences in the
     * officer's language (Accept-Language: French by default, English, Arabic), one per word, second signal and
     * decision; empty for the other features.
     */
    public record Feature(
            @Schema(example = "name") String feature,
            @Schema(example = "0.912") double score,

            @Schema(example = "Muhammad Abdallahi ~ Mohamed ould Abdallahi (NAME_AND_BIRTH_DATE, threshold 0.62)")
            String detail,

            @Schema(
                    description = "For the name: the matching engine's sentences in the officer's language, one per"
                            + " word, second signal and decision; empty for the other features",
                    example = "[\"« Muhammad » ~ « Mohamed » : deux graphies connues du même nom (table de"
                            + " romanisation) (0,97)\"]")
            List<String> because) {}

    public record Hit(
            String itemRef,
            int itemIndex,
            double score,
            List<Feature> explanation,
            boolean visible,
            UUID entryId,
            String entryReference,
            WatchlistEntry.Kind kind,
            String label,
            WatchlistEntry.Action actionRequested,
            String reason,
            LocalDate validUntil,
            String ownerState,
            String ownerAgency,
            Contact contact) {}

    /** "Hit — contact agency X": its 24/7 desk, from the directory. */
    public record Contact(String agency, String name, String deskPhone, String deskEmail, String deskHours) {}
}
