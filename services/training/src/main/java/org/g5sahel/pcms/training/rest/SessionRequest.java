package org.g5sahel.pcms.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.service.SessionCommand;

/** A session as its organiser writes it. {@code sharing} applies at creation only (default G5). */
@Schema(name = "SessionRequest")
public record SessionRequest(
        @NotNull UUID courseId,
        @NotNull @Schema(example = "2026-10-05") LocalDate startDate,
        @NotNull @Schema(example = "2026-10-09") LocalDate endDate,

        @NotBlank @Pattern(regexp = AgencyCode.PATTERN) @Schema(example = "NE-OCRTIS")
        String hostAgency,

        @NotBlank @Size(max = 300) @Schema(example = "École nationale de police, Niamey")
        String venue,

        @Size(max = 20) List<@NotBlank @Size(max = 200) String> trainers,

        @NotBlank @Pattern(regexp = "^[a-z]{2,3}$") @Schema(example = "fr")
        String language,

        @NotNull @Min(1) @Max(500) Integer capacity,

        @NotEmpty
        @Schema(
                description = "Seats per member State or G5 (the regional unit); a State absent may nominate nobody",
                example = "{\"BF\": 4, \"ML\": 4, \"NE\": 6}")
        Map<@NotNull @Pattern(regexp = "^[A-Z0-9]{2}$") String, @NotNull @Min(0) @Max(500) Integer> quotas,

        @Schema(description = "Open for nominations at once instead of PLANNED")
        boolean openForNominations,

        @Valid SharingTerms sharing) {

    /** The session as a PUT would replace it: what a merge patch is applied to. */
    public static SessionRequest of(TrainingSession session) {
        return new SessionRequest(
                session.courseId,
                session.startDate,
                session.endDate,
                session.hostAgency,
                session.venue,
                List.copyOf(session.trainers),
                session.language,
                session.capacity,
                Map.copyOf(session.quotas),
                session.status == SessionStatus.OPEN,
                null);
    }

    public SessionCommand command() {
        return new SessionCommand(
                courseId,
                startDate,
                endDate,
                hostAgency,
                venue,
                trainers,
                language,
                capacity,
                quotas,
                openForNominations,
                sharing);
    }
}
