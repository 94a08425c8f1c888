package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.g5sahel.pcms.cases.model.CaseStatus;

public record StatusChange(@NotNull CaseStatus status, @NotBlank @Size(max = 2000) String reason) {
}
