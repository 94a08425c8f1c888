package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.commons.audit.RecordLocator;
import org.g5sahel.pcms.firearms.repository.DiversionNoticeRepository;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.RecoveredHitRepository;
import org.g5sahel.pcms.firearms.repository.SeizureRepository;
import org.g5sahel.pcms.firearms.repository.TraceRequestRepository;

/** The records the API addresses by id, for auditing attempts refused on them (DESIGN §2 rule 9). */
@ApplicationScoped
class RecordLocators {

    @Produces
    @ApplicationScoped
    RecordLocator firearms(FirearmRepository firearms) {
        return RecordLocator.sovereign(firearms, FirearmService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator seizures(SeizureRepository seizures) {
        return RecordLocator.sovereign(seizures, SeizureService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator diversionNotices(DiversionNoticeRepository notices) {
        return RecordLocator.sovereign(notices, SeizureService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator traceRequests(TraceRequestRepository requests) {
        return RecordLocator.sovereign(requests, TraceRequestService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator recoveredHits(RecoveredHitRepository hits) {
        return RecordLocator.sovereign(hits, RecoveredHits::audited);
    }
}
