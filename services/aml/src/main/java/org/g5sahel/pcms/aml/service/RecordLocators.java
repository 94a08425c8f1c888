package org.g5sahel.pcms.aml.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.aml.model.AssetMeasure;
import org.g5sahel.pcms.aml.model.FiuRequest;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.aml.repository.AssetMeasureRepository;
import org.g5sahel.pcms.aml.repository.FiuRequestRepository;
import org.g5sahel.pcms.aml.repository.ReportRepository;
import org.g5sahel.pcms.aml.repository.SanctionsListRepository;
import org.g5sahel.pcms.commons.access.SovereignKind;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4).
 */
@ApplicationScoped
class RecordLocators {

    /** A national list is asked for from a screening's hidden hit. */
    @Produces
    @Singleton
    SovereignKind<SanctionsList> sanctionsLists(SanctionsListRepository lists) {
        return SovereignKind.of(lists, record -> record.sovereignty, SanctionsService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<Report> reports(ReportRepository reports) {
        return SovereignKind.of(reports, record -> record.sovereignty, ReportService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<AssetMeasure> assetMeasures(AssetMeasureRepository measures) {
        return SovereignKind.of(measures, record -> record.sovereignty, AssetMeasureService::audited);
    }

    @Produces
    @Singleton
    SovereignKind<FiuRequest> fiuRequests(FiuRequestRepository requests) {
        return SovereignKind.of(requests, record -> record.sovereignty, FiuRequestService::audited);
    }
}
