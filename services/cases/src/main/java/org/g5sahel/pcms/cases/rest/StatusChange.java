package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.service.StatusChangeCommand;

public record StatusChange(
        @NotNull CaseStatus status,
        @NotBlank @Size(max = 2000) String reason) {

    public StatusChangeCommand command() {
        return new StatusChangeCommand(status, reason);
    }
}
