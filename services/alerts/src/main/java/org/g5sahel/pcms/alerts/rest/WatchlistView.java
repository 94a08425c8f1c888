package org.g5sahel.pcms.alerts.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.WatchlistDetails;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

public record WatchlistView(
        UUID id,
        String reference,
        WatchlistEntry.Kind kind,
        String label,
        WatchlistDetails details,
        String reason,
        WatchlistEntry.Action actionRequested,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean active,
        SovereigntyView sharing,
        long version) {

    public static WatchlistView of(WatchlistEntry entry) {
        return new WatchlistView(
                entry.id,
                entry.reference,
                entry.kind,
                entry.label,
                entry.details,
                entry.reason,
                entry.actionRequested,
                entry.validFrom,
                entry.validUntil,
                entry.active,
                SovereigntyView.of(entry.sovereignty),
                entry.version);
    }
}
