package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.AlertRepository;
import org.g5sahel.pcms.alerts.repository.NoticeRepository;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.commons.access.SovereignKind;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4) and the retention review. Alerts are kept at the end of a review: webhook
 * deliveries and later CAP messages rest on them.
 */
@ApplicationScoped
class RecordLocators {

    @Produces
    @Singleton
    SovereignKind<Alert> alerts(AlertRepository alerts) {
        return SovereignKind.of(alerts, record -> record.sovereignty, AlertService::audited);
    }

    /** Nothing rests on a notice (inbox items name it, they hold no copy): deleted at the end of its review. */
    @Produces
    @Singleton
    SovereignKind<Notice> notices(NoticeRepository notices) {
        return SovereignKind.of(notices, record -> record.sovereignty, NoticeService::audited)
                .deletedBy(notices::delete);
    }

    /** Its screening keys are columns of its own: deleted at the end of its review, it no longer screens anyone. */
    @Produces
    @Singleton
    SovereignKind<WatchlistEntry> watchlistEntries(WatchlistRepository entries) {
        return SovereignKind.of(entries, record -> record.sovereignty, WatchlistService::audited)
                .deletedBy(entries::delete);
    }
}
