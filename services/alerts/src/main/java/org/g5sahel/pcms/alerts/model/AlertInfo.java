package org.g5sahel.pcms.alerts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One CAP {@code info} block: the alert's text in one language. */
public record AlertInfo(
        @NotBlank @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
        String language,

        @NotBlank @Size(max = 160) String headline,
        @Size(max = 8000) String description,
        @Size(max = 4000) String instruction,
        @Size(max = 200) String senderName) {}
