package org.g5sahel.pcms.firearms.service;

import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.firearms.model.TraceOutcome;

/** The addressed State's answer as {@link TraceRequestService} records it. */
public record TraceAnswerCommand(
        TraceOutcome outcome, String lastLegalHolder, List<Transfer> transferChain, String detail) {

    /** One transfer, oldest first. */
    public record Transfer(String from, String to, LocalDate on, String document) {}
}
