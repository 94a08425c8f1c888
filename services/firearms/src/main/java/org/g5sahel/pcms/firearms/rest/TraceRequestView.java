package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.firearms.model.AddresseeBasis;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.TraceOutcome;
import org.g5sahel.pcms.firearms.model.TraceRequest;
import org.g5sahel.pcms.firearms.model.TraceStatus;
import org.g5sahel.pcms.firearms.model.TransferStep;
import org.g5sahel.pcms.firearms.model.Urgency;

public record TraceRequestView(
        UUID id,
        String reference,
        String addressedTo,
        AddresseeBasis addresseeBasis,
        UUID firearmId,
        FirearmType type,
        String make,
        String model,
        String calibre,
        String serialNumber,
        String serialNormalised,
        String manufactureCountry,
        Integer manufactureYear,
        String importCountry,
        Integer importYear,
        String otherMarkings,
        String circumstances,
        Urgency urgency,
        LocalDate dueDate,
        TraceStatus status,
        boolean overdue,
        Instant submittedAt,
        String submittedBy,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant answeredAt,
        String answeredBy,
        TraceOutcome outcome,
        String lastLegalHolder,
        List<TransferStep> transferChain,
        String answerDetail,
        List<FirearmHitView> reportedMissingHits,
        SovereigntyView sharing,
        long version) {

    /**
     * @param reportedMissingHits firearms reported lost or stolen by other States that the markings matched (their
     *                            owners were told), as hits; null in lists, where they are not looked up
     */
    public static TraceRequestView of(TraceRequest request, LocalDate today, List<FirearmHitView> reportedMissingHits) {
        return new TraceRequestView(
                request.id,
                request.reference,
                request.addressedTo,
                request.addresseeBasis,
                request.firearmId,
                request.type,
                request.make,
                request.model,
                request.calibre,
                request.serialAsMarked,
                request.serialNormalised,
                request.manufactureCountry,
                request.manufactureYear,
                request.importCountry,
                request.importYear,
                request.otherMarkings,
                request.circumstances,
                request.urgency,
                request.dueDate,
                request.status,
                request.isOverdue(today),
                request.submittedAt,
                request.submittedBy,
                request.acknowledgedAt,
                request.acknowledgedBy,
                request.answeredAt,
                request.answeredBy,
                request.outcome,
                request.lastLegalHolder,
                request.transferChain == null ? List.of() : List.copyOf(request.transferChain),
                request.answerDetail,
                reportedMissingHits,
                SovereigntyView.of(request.sovereignty),
                request.version);
    }
}
