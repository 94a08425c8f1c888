package org.g5sahel.pcms.alerts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.text.IdentifierText;

/**
 * What identifies the watched person or object; which fields apply depends on the entry's kind. Names are kept in the
 * original script and in Latin letters.
 */
public record WatchlistDetails(
        @Size(max = 200) @IdentifierText @Schema(example = "Mohamed ould Abdallahi")
        String nameLatin,

        @Size(max = 200) @IdentifierText @Schema(example = "محمد ولد عبد الله")
        String nameOriginal,

        @Size(max = 20) @IdentifierText List<@NotBlank @Size(max = 200) String> aliases,
        LocalDate dateOfBirth,
        @Min(1900) @Max(2100) Integer yearOfBirth,
        @Pattern(regexp = "^[A-Z]{2,3}$") String nationality,
        @Size(max = 10) List<@Valid @NotNull Document> documents,

        @Size(max = 20) @IdentifierText @Schema(example = "AB-1234-NE")
        String plate,

        @Size(max = 100) String vehicleDescription,

        @Size(max = 20) @IdentifierText @Schema(example = "CSQU3054383")
        String containerNumber,

        @Size(max = 20) @IdentifierText @Schema(example = "IMO 9074729")
        String imoNumber,

        @Size(max = 200) @IdentifierText String vesselName,
        @Size(max = 200) @IdentifierText String companyName,
        @Size(max = 20) @IdentifierText String companyRegistration,
        @Pattern(regexp = "^[A-Z]{2,3}$") String companyCountry) {

    public WatchlistDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A passport, identity card or other travel document. */
    public record Document(
            @NotBlank @Size(max = 40) String type,
            @NotBlank @Size(max = 40) @IdentifierText String number,
            @Pattern(regexp = "^[A-Z]{2,3}$") String issuingCountry) {}
}
