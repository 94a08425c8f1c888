package org.g5sahel.pcms.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Modality;
import org.g5sahel.pcms.training.model.Topic;
import org.g5sahel.pcms.training.service.CourseCommand;

/** A course as a training manager writes it. {@code sharing} applies at creation only (default PARTNERS). */
@Schema(name = "CourseRequest")
public record CourseRequest(
        @NotBlank @Pattern(regexp = "^[A-Z0-9]+(-[A-Z0-9]+)*$") @Size(max = 60) @Schema(example = "INTERPOL-I247")
        String code,

        @NotBlank @Size(max = 300) @Schema(example = "Bases de données d’INTERPOL et réseau I-24/7")
        String titleFr,

        @NotBlank @Size(max = 300) @Schema(example = "INTERPOL databases and the I-24/7 network")
        String titleEn,

        @Size(max = 5000) String descriptionFr,
        @Size(max = 5000) String descriptionEn,
        @NotEmpty @Size(max = 10) List<@NotNull Topic> topics,
        @NotNull Modality modality,
        @NotNull @Min(1) @Max(365) Integer durationDays,

        @Size(max = 60) @Pattern(regexp = "^[A-Z0-9]+(-[A-Z0-9]+)*$") @Schema(example = "INTERPOL")
        String partner,

        @Size(max = 2000) String prerequisites,
        boolean assessmentRequired,

        @Min(0) @Max(100) @Schema(description = "Score out of 100 needed to pass the assessment", example = "60")
        Integer passMark,

        @Min(1) @Max(240) @Schema(description = "Months a certificate stays valid; absent: no expiry", example = "36")
        Integer certificateValidityMonths,

        @Valid SharingTerms sharing) {

    /** The course as a PUT would replace it: what a merge patch is applied to. */
    public static CourseRequest of(Course course) {
        return new CourseRequest(
                course.code,
                course.titleFr,
                course.titleEn,
                course.descriptionFr,
                course.descriptionEn,
                course.topics.stream().map(Topic::valueOf).toList(),
                course.modality,
                course.durationDays,
                course.partner,
                course.prerequisites,
                course.assessmentRequired,
                course.passMark,
                course.certificateValidityMonths,
                null);
    }

    public CourseCommand command() {
        return new CourseCommand(
                code,
                titleFr,
                titleEn,
                descriptionFr,
                descriptionEn,
                topics,
                modality,
                durationDays,
                partner,
                prerequisites,
                assessmentRequired,
                passMark,
                certificateValidityMonths,
                sharing);
    }
}
