package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why something is cancelled, withdrawn or rejected. */
public record Reason(@NotBlank @Size(max = 1000) String reason) {}
