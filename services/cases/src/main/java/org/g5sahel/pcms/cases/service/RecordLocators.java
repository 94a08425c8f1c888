package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.ControlledDeliveryRepository;
import org.g5sahel.pcms.cases.repository.ExchangeRequestRepository;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.commons.audit.RecordLocator;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4).
 */
@ApplicationScoped
class RecordLocators {

    @Produces
    @Singleton
    SovereignKind<InvestigationCase> cases(CaseRepository cases) {
        return SovereignKind.of(cases, record -> record.sovereignty, CaseService::audited);
    }

    /** Requests are addressed, not distributed: their sender and recipients see them. */
    @Produces
    @ApplicationScoped
    RecordLocator exchangeRequests(ExchangeRequestRepository requests) {
        return RecordLocator.of(
                requests::findByIdOptional,
                ExchangeRequestService::audited,
                (caller, request) ->
                        requests.findForParticipant(caller, request.id).isPresent());
    }

    @Produces
    @ApplicationScoped
    RecordLocator controlledDeliveries(ControlledDeliveryRepository deliveries, ControlledDeliveryService service) {
        return RecordLocator.of(deliveries::findByIdOptional, ControlledDeliveryService::audited, service::maySee);
    }
}
