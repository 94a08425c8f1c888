package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.g5sahel.pcms.alerts.service.ApprovalCommand;

/** The second person's decision on an alert submitted for approval; a rejection says why. */
public record ApprovalDecision(
        @NotNull Boolean approve, @Size(max = 1000) String reason) {

    public ApprovalCommand command() {
        return new ApprovalCommand(approve, reason);
    }
}
