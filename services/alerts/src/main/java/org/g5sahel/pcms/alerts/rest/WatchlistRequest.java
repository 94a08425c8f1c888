package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.g5sahel.pcms.alerts.model.WatchlistDetails;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.service.WatchlistCommand;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A watch-list entry as its owner writes it. */
public record WatchlistRequest(
        @NotNull WatchlistEntry.Kind kind,
        @NotNull @Valid WatchlistDetails details,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull WatchlistEntry.Action actionRequested,
        LocalDate validFrom,
        LocalDate validUntil,
        @Valid SharingTerms sharing) {

    public WatchlistCommand command() {
        return new WatchlistCommand(kind, details, reason, actionRequested, validFrom, validUntil, sharing);
    }
}
