package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.alerts.service.DiffusionCommand;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;

/**
 * A diffusion: sent at once, without review, to the States the author chooses (their national units' inboxes) and
 * shared with those States only.
 */
@Schema(name = "DiffusionRequest")
public record DiffusionRequest(
        @NotNull @Schema(example = "INFORMATION") Notice.Kind kind,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> subjectNames,
        @Size(max = 500) String actionRequested,

        @NotEmpty
        @Size(max = 6)
        @Schema(
                description = "Member States of the platform (pcms.member-states) or G5 for the regional unit",
                example = "[\"ML\", \"BF\"]")
        List<@NotNull @Pattern(regexp = "^[A-Z0-9]+$") String> recipientStates,

        HandlingCode handlingCode,
        @Size(max = 500) String handlingRestriction) {

    public DiffusionCommand command() {
        return new DiffusionCommand(
                kind,
                title,
                summary,
                subjectNames,
                actionRequested,
                recipientStates,
                handlingCode,
                handlingRestriction);
    }
}
