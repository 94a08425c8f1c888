package org.g5sahel.pcms.firearms.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.text.IdentifierText;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.service.SeizureCommand;

/** A seizure as the seizing agency records it: default distribution NATIONAL. */
@Schema(name = "SeizureRequest")
public record SeizureRequest(
        @NotNull @Schema(example = "2026-03-14") LocalDate seizedOn,

        @NotBlank @Size(max = 200) @Schema(example = "Checkpoint of Téra, Tillabéri region")
        String place,

        @Size(max = 100) @IdentifierText @Schema(example = "NE-CASE-2026-000042")
        String caseReference,

        @Size(max = 2000) String circumstances,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Item> firearms,
        @Valid SharingTerms sharing) {

    /** A seized firearm: an existing record ({@code firearmId}) or the description of one to register. */
    @Schema(name = "SeizedFirearmRequest")
    public record Item(
            @Schema(description = "An existing record the caller can see")
            UUID firearmId,

            FirearmType type,
            @Size(max = 100) @IdentifierText String make,
            @Size(max = 100) @IdentifierText String model,
            @Size(max = 50) String calibre,
            @Size(max = 80) @IdentifierText String serialNumber,
            @Pattern(regexp = FirearmRequest.COUNTRY) String manufactureCountry,
            @Min(1800) @Max(2100) Integer manufactureYear,
            @Pattern(regexp = FirearmRequest.COUNTRY) String importCountry,
            @Min(1800) @Max(2100) Integer importYear,
            @Size(max = 500) String otherMarkings) {

        SeizureCommand.Item command() {
            return new SeizureCommand.Item(
                    firearmId,
                    type,
                    make,
                    model,
                    calibre,
                    serialNumber,
                    manufactureCountry,
                    manufactureYear,
                    importCountry,
                    importYear,
                    otherMarkings);
        }
    }

    public SeizureCommand command() {
        return new SeizureCommand(
                seizedOn,
                place,
                caseReference,
                circumstances,
                firearms.stream().map(Item::command).toList(),
                sharing);
    }
}
