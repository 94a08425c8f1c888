package org.g5sahel.pcms.commons.sovereignty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the owner decides about a record's sharing, as sent by clients. The owner itself is never part of a request: it
 * is the caller's State and agency.
 */
@Schema(description = "Sharing decision of the owner (DESIGN §2)")
public record SharingTerms(
        @NotNull @Schema(example = "SELECTED") Distribution distribution,

        @Size(max = 50)
        @Schema(
                description = "States, agencies or partners, for SELECTED and PARTNERS",
                example = "[\"ML\", \"NE-OCRTIS\"]")
        List<@NotNull @Pattern(regexp = RECIPIENT) String> sharedWith,

        @Schema(example = "H0") HandlingCode handlingCode,
        @Size(max = 500) String handlingRestriction,
        @Schema(example = "B") SourceReliability sourceReliability,
        @Min(1) @Max(4) @Schema(example = "2") Integer informationAccuracy,

        @Schema(description = "Date by which the owner must confirm the record is still needed")
        LocalDate reviewBy,

        @Schema(description = "Whether a hit by a strong identifier may reveal that the record exists")
        Boolean discoverable) {

    /** A jurisdiction code (BF, G5, INTERPOL…) or an agency code (NE-OCRTIS). */
    public static final String RECIPIENT = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

    public static SharingTerms of(Distribution distribution, String... sharedWith) {
        return new SharingTerms(distribution, List.of(sharedWith), null, null, null, null, null, null);
    }
}
