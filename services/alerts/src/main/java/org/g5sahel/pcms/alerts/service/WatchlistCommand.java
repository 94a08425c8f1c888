package org.g5sahel.pcms.alerts.service;

import java.time.LocalDate;
import org.g5sahel.pcms.alerts.model.WatchlistDetails;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A watch-list entry as {@link WatchlistService} records it. */
public record WatchlistCommand(
        WatchlistEntry.Kind kind,
        WatchlistDetails details,
        String reason,
        WatchlistEntry.Action actionRequested,
        LocalDate validFrom,
        LocalDate validUntil,
        SharingTerms sharing) {}
