package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {}
