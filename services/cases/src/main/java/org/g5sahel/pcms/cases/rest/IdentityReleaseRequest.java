package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotNull;
import org.g5sahel.pcms.cases.model.IdentityRelease;

public record IdentityReleaseRequest(@NotNull IdentityRelease release) {}
