package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.Certainty;
import org.g5sahel.pcms.alerts.model.Severity;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.alerts.service.AlertCommand;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** An alert as its author writes it; {@code sharing} applies at creation, later changes go to /sharing. */
@Schema(name = "AlertRequest")
public record AlertRequest(
        @NotEmpty @Size(max = 12) List<@NotNull CapCategory> categories,

        @NotBlank @Size(max = 200) @Schema(example = "Cross-border armed group movement")
        String event,

        @NotNull Urgency urgency,
        @NotNull Severity severity,
        @NotNull Certainty certainty,

        @Schema(
                description =
                        "CAP status; Actual when absent. Exercise and Test alerts are shown as such everywhere and never escalated.")
        CapStatus capStatus,

        Instant effective,
        Instant expires,

        @NotEmpty @Size(max = 3) @Schema(description = "One per language: fr, en, ar")
        List<@Valid @NotNull AlertInfo> infos,

        @Size(max = 20) List<@Valid @NotNull AlertArea> areas,
        @Valid SharingTerms sharing) {

    /** The alert as a PUT would replace it: what a merge patch is applied to. */
    public static AlertRequest of(Alert alert) {
        return new AlertRequest(
                alert.categories.stream().map(CapCategory::valueOf).toList(),
                alert.event,
                alert.urgency,
                alert.severity,
                alert.certainty,
                alert.capStatus,
                alert.effective,
                alert.expires,
                List.copyOf(alert.infos),
                List.copyOf(alert.areas),
                null);
    }

    public AlertCommand command() {
        return new AlertCommand(
                categories, event, urgency, severity, certainty, capStatus, effective, expires, infos, areas, sharing);
    }
}
