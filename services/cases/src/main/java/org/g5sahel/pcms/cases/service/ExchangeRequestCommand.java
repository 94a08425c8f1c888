package org.g5sahel.pcms.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.RequestType;
import org.g5sahel.pcms.cases.model.Urgency;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;

/** An information-exchange request as {@link ExchangeRequestService} sends it. */
public record ExchangeRequestCommand(
        RequestType type,
        UUID caseId,
        List<String> recipients,
        Urgency urgency,
        Instant dueAt,
        String subject,
        String body,
        String purpose,
        String legalBasis,
        HandlingCode handlingCode,
        String handlingRestriction,
        SourceReliability sourceReliability,
        Integer informationAccuracy) {}
