package org.g5sahel.pcms.firearms.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.text.IdentifierText;
import org.g5sahel.pcms.firearms.model.AddresseeBasis;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.Urgency;
import org.g5sahel.pcms.firearms.service.TraceRequestCommand;

/**
 * An ITI trace request. With {@code firearmId} the identification and markings are copied from that record; without,
 * they are given here. It is always shared with the addressed State, which must answer it.
 */
@Schema(name = "TraceRequestRequest")
public record TraceRequestRequest(
        @NotNull
        @Pattern(regexp = FirearmRequest.COUNTRY)
        @Schema(description = "The State of manufacture or last import", example = "BF")
        String addressedTo,

        @NotNull @Schema(example = "LAST_IMPORT") AddresseeBasis addresseeBasis,

        @Schema(description = "A firearm record the caller can see")
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
        @Size(max = 500) String otherMarkings,

        @NotBlank @Size(max = 2000) @Schema(example = "Recovered after an attack on a patrol near Ménaka")
        String circumstances,

        @Schema(description = "ROUTINE (due in 30 days) by default, URGENT due in 7")
        Urgency urgency,

        @Schema(description = "Overrides the urgency's default; must be after today")
        LocalDate dueDate) {

    public TraceRequestCommand command() {
        return new TraceRequestCommand(
                addressedTo,
                addresseeBasis,
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
                otherMarkings,
                circumstances,
                urgency,
                dueDate);
    }
}
