package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.alerts.repository.AlertRepository;
import org.g5sahel.pcms.alerts.repository.NoticeRepository;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.commons.audit.RecordLocator;

/** The records the API addresses by id, for auditing attempts refused on them (DESIGN §2 rule 9). */
@ApplicationScoped
class RecordLocators {

    @Produces
    @ApplicationScoped
    RecordLocator alerts(AlertRepository alerts) {
        return RecordLocator.sovereign(alerts, AlertService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator notices(NoticeRepository notices) {
        return RecordLocator.sovereign(notices, NoticeService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator watchlistEntries(WatchlistRepository entries) {
        return RecordLocator.sovereign(entries, WatchlistService::audited);
    }
}
