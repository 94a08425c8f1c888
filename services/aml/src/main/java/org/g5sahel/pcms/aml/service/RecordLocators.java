package org.g5sahel.pcms.aml.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.aml.repository.AssetMeasureRepository;
import org.g5sahel.pcms.aml.repository.FiuRequestRepository;
import org.g5sahel.pcms.aml.repository.ReportRepository;
import org.g5sahel.pcms.commons.audit.RecordLocator;

/** The records the API addresses by id, for auditing attempts refused on them (DESIGN §2 rule 9). */
@ApplicationScoped
class RecordLocators {

    @Produces
    @ApplicationScoped
    RecordLocator reports(ReportRepository reports) {
        return RecordLocator.sovereign(reports, ReportService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator assetMeasures(AssetMeasureRepository measures) {
        return RecordLocator.sovereign(measures, AssetMeasureService::audited);
    }

    @Produces
    @ApplicationScoped
    RecordLocator fiuRequests(FiuRequestRepository requests) {
        return RecordLocator.sovereign(requests, FiuRequestService::audited);
    }
}
