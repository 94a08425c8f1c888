package org.g5sahel.pcms.alerts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A named area code (CAP {@code geocode}), e.g. {@code PCMS-ZONE} / {@code LIPTAKO-GOURMA}. */
public record Geocode(
        @NotBlank @Size(max = 100) String valueName,
        @NotBlank @Size(max = 100) String value) {}
