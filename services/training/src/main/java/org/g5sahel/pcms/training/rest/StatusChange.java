package org.g5sahel.pcms.training.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.training.model.SessionStatus;

@Schema(name = "SessionStatusChange")
public record StatusChange(
        @NotNull @Schema(example = "OPEN") SessionStatus status,
        @Size(max = 1000) String reason) {}
