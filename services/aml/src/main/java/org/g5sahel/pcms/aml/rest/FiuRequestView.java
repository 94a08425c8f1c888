package org.g5sahel.pcms.aml.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.Consent;
import org.g5sahel.pcms.aml.model.FiuRequest;
import org.g5sahel.pcms.aml.model.FiuRequestStatus;
import org.g5sahel.pcms.aml.model.Urgency;
import org.g5sahel.pcms.aml.model.Usefulness;
import org.g5sahel.pcms.aml.service.FiuRequestService;

/** An FIU-to-FIU request as its two parties see it; lists leave out the disseminations. */
public record FiuRequestView(
        UUID id,
        String reference,
        String requestingAgency,
        String answeringAgency,
        String purpose,
        String foreseenUse,
        Urgency urgency,
        LocalDate dueDate,
        String question,
        List<String> subjectNames,
        FiuRequestStatus status,
        String reply,
        String repliedBy,
        Instant repliedAt,
        ConsentView consent,
        Usefulness usefulness,
        String feedback,
        List<DisseminationView> disseminations,
        Instant createdAt,
        Instant updatedAt) {

    public record ConsentView(
            Consent status,
            List<String> recipients,
            String purpose,
            String conditions,
            String decidedBy,
            Instant decidedAt) {}

    public record DisseminationView(String recipient, String purpose, String disseminatedBy, Instant disseminatedAt) {}

    public static FiuRequestView summary(FiuRequest request) {
        return of(request, null);
    }

    public static FiuRequestView of(FiuRequestService.Detail detail) {
        return of(
                detail.request(),
                detail.disseminations().stream()
                        .map(d -> new DisseminationView(d.recipient, d.purpose, d.disseminatedBy, d.disseminatedAt))
                        .toList());
    }

    private static FiuRequestView of(FiuRequest r, List<DisseminationView> disseminations) {
        return new FiuRequestView(
                r.id,
                r.reference,
                r.requestingAgency,
                r.answeringAgency,
                r.purpose,
                r.foreseenUse,
                r.urgency,
                r.dueDate,
                r.question,
                r.subjectNames,
                r.status,
                r.reply,
                r.repliedBy,
                r.repliedAt,
                new ConsentView(
                        r.consent,
                        r.consentRecipients,
                        r.consentPurpose,
                        r.consentConditions,
                        r.consentBy,
                        r.consentAt),
                r.usefulness,
                r.feedback,
                disseminations,
                r.createdAt,
                r.updatedAt);
    }
}
