package org.g5sahel.pcms.firearms.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.text.IdentifierText;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.HolderCategory;
import org.g5sahel.pcms.firearms.service.FirearmDraft;

/** A firearm record as an officer enters it. {@code sharing} applies at creation; later changes go to /sharing. */
@Schema(name = "FirearmRequest")
public record FirearmRequest(
        @NotNull @Schema(example = "ASSAULT_RIFLE") FirearmType type,

        @NotBlank @Size(max = 100) @IdentifierText @Schema(example = "Kalashnikov")
        String make,

        @Size(max = 100) @IdentifierText @Schema(example = "AKM")
        String model,

        @Size(max = 50)
        @Schema(description = "As marked or documented; unusual notations are kept", example = "7,62 x 39 mm")
        String calibre,

        @NotBlank
        @Size(max = 80)
        @IdentifierText
        @Schema(
                description = "As marked on the weapon, separators included (format characters removed)",
                example = "KA-7735 12")
        String serialNumber,

        @Pattern(regexp = COUNTRY) @Schema(description = "ISO 3166-1 alpha-2", example = "RU")
        String manufactureCountry,

        @Min(1800) @Max(2100) @Schema(example = "1978") Integer manufactureYear,

        @Pattern(regexp = COUNTRY) @Schema(description = "Country of the import marking", example = "BF")
        String importCountry,

        @Min(1800) @Max(2100) @Schema(example = "2004") Integer importYear,

        @Size(max = 500) @Schema(example = "Proof mark on the receiver; arsenal code 22 in a triangle")
        String otherMarkings,

        @NotNull @Schema(example = "STATE_GENDARMERIE") HolderCategory holderCategory,

        @Pattern(regexp = AGENCY) @Schema(example = "BF-GENDARMERIE")
        String custodyAgency,

        @Schema(description = "Initial status, REGISTERED_LICIT by default; SEIZED only through /seizures")
        FirearmStatus status,

        @Valid SharingTerms sharing) {

    static final String COUNTRY = "^[A-Z]{2}$";
    static final String AGENCY = AgencyCode.PATTERN;

    public FirearmDraft draft() {
        return new FirearmDraft(
                type,
                make,
                model,
                calibre,
                serialNumber,
                manufactureCountry,
                manufactureYear,
                importCountry,
                importYear,
                otherMarkings,
                holderCategory,
                custodyAgency,
                status);
    }
}
