package org.g5sahel.pcms.cases.service;

import java.util.List;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;

/** A message in a request's thread as {@link ExchangeRequestService} adds it. */
public record ReplyCommand(
        String body,
        boolean finalAnswer,
        List<String> addressedTo,
        HandlingCode handlingCode,
        String handlingRestriction,
        SourceReliability sourceReliability,
        Integer informationAccuracy) {}
