package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
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
 * kinds, for access requests (rule 4) and the retention review. Firearm records are reviewed every
 * {@code record-review-period} (10 years) and archived, never deleted; seizures, diversion notices, trace requests and
 * recovered hits, every {@code case-review-period}, are a firearm's history and are kept at the end of a review.
 */
@ApplicationScoped
class RecordLocators {

    /** Never deleted: archived at the end of a review, still found by serial and traced. */
    @Produces
    @Singleton
    SovereignKind<Firearm> firearms(FirearmRepository firearms, FirearmsConfig config, Clock clock) {
        return SovereignKind.of(firearms, record -> record.sovereignty, FirearmService::audited)
                .reviewedEvery(config.recordReviewPeriod())
                .archivedBy("archivedAt is null", firearm -> firearm.archive(clock.instant()));
    }

    @Produces
    @Singleton
    SovereignKind<Seizure> seizures(SeizureRepository seizures, FirearmsConfig config) {
        return SovereignKind.of(seizures, record -> record.sovereignty, SeizureService::audited)
                .reviewedEvery(config.caseReviewPeriod());
    }

    @Produces
    @Singleton
    SovereignKind<DiversionNotice> diversionNotices(DiversionNoticeRepository notices, FirearmsConfig config) {
        return SovereignKind.of(notices, record -> record.sovereignty, SeizureService::audited)
                .reviewedEvery(config.caseReviewPeriod());
    }

    @Produces
    @Singleton
    SovereignKind<TraceRequest> traceRequests(TraceRequestRepository requests, FirearmsConfig config) {
        return SovereignKind.of(requests, record -> record.sovereignty, TraceRequestService::audited)
                .reviewedEvery(config.caseReviewPeriod());
    }

    @Produces
    @Singleton
    SovereignKind<RecoveredHit> recoveredHits(RecoveredHitRepository hits, FirearmsConfig config) {
        return SovereignKind.of(hits, record -> record.sovereignty, RecoveredHits::audited)
                .reviewedEvery(config.caseReviewPeriod());
    }
}
