package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.firearms.model.DiversionNotice;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.RecoveredHit;
import org.g5sahel.pcms.firearms.model.Seizure;
import org.g5sahel.pcms.firearms.model.TraceRequest;
import org.g5sahel.pcms.firearms.repository.DiversionNoticeRepository;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.RecoveredHitRepository;
import org.g5sahel.pcms.firearms.repository.SeizureRepository;
import org.g5sahel.pcms.firearms.repository.TraceRequestRepository;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4).
 */
@ApplicationScoped
class RecordLocators {

    @Produces
    @Singleton
    SovereignKind<Firearm> firearms(FirearmRepository firearms) {
        return SovereignKind.of(firearms, record -> record.sovereignty, FirearmService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<Seizure> seizures(SeizureRepository seizures) {
        return SovereignKind.of(seizures, record -> record.sovereignty, SeizureService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<DiversionNotice> diversionNotices(DiversionNoticeRepository notices) {
        return SovereignKind.of(notices, record -> record.sovereignty, SeizureService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<TraceRequest> traceRequests(TraceRequestRepository requests) {
        return SovereignKind.of(requests, record -> record.sovereignty, TraceRequestService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<RecoveredHit> recoveredHits(RecoveredHitRepository hits) {
        return SovereignKind.of(hits, record -> record.sovereignty, RecoveredHits::audited);
    }
}
