package org.g5sahel.pcms.alerts.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.g5sahel.pcms.alerts.model.WatchlistEntry;

/**
 * What a screening answers: one line per hit. A hit on an entry the screener may see names it (without the file for
 * border officers); a hit on one they may not see says only who to contact.
 */
public record ScreeningResult(UUID screeningId, int screened, List<Hit> hits) {

    /** One reason the score is what it is. */
    public record Feature(String feature, double score, String detail) {
    }

    public record Hit(String itemRef, int itemIndex, double score, List<Feature> explanation, boolean visible,
            UUID entryId, String entryReference, WatchlistEntry.Kind kind, String label,
            WatchlistEntry.Action actionRequested, String reason, LocalDate validUntil, String ownerState,
            String ownerAgency, Contact contact) {
    }

    /** "Hit — contact agency X": its 24/7 desk, from the directory. */
    public record Contact(String agency, String name, String deskPhone, String deskEmail, String deskHours) {
    }
}
