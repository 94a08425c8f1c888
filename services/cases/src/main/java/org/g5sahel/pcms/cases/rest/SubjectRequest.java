package org.g5sahel.pcms.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.ChainStage;
import org.g5sahel.pcms.cases.model.SubjectDetails.AccountType;
import org.g5sahel.pcms.cases.model.SubjectKind;
import org.g5sahel.pcms.cases.model.SubjectRole;
import org.g5sahel.pcms.commons.text.IdentifierText;

/** A subject of a case: exactly the block of its {@code kind} is given. */
@Schema(name = "SubjectRequest")
public record SubjectRequest(
        @NotNull SubjectKind kind,
        @NotNull SubjectRole role,
        ChainStage chainStage,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> modusOperandi,
        @Valid Person person,
        @Valid Organisation organisation,
        @Valid Vehicle vehicle,
        @Valid Phone phone,
        @Valid Account account,
        @Valid Firearm firearm,
        @Valid Place place) {

    private static final String COUNTRY = "^[A-Z]{2}$";

    public record Person(
            @Size(max = 200) @IdentifierText @Schema(example = "محمد ولد أحمد")
            String nameOriginalScript,

            @Size(max = 200) @IdentifierText @Schema(example = "Mohamed Ould Ahmed")
            String nameLatin,

            @Size(max = 20) @IdentifierText List<@NotBlank @Size(max = 200) String> aliases,
            LocalDate dateOfBirth,
            @Min(1900) @Max(2100) Integer yearOfBirth,
            @Pattern(regexp = COUNTRY) String nationality,
            @Pattern(regexp = "^(F|M|X)$") String gender,

            @Schema(description = "Known to be under 18, whatever the date of birth says")
            Boolean minor,

            @Size(max = 10) List<@Valid @NotNull Document> documents) {}

    public record Document(
            @NotBlank @Size(max = 40) @Schema(example = "PASSPORT")
            String type,

            @NotBlank @Size(max = 40) @IdentifierText @Schema(example = "B1234567")
            String number,

            @Pattern(regexp = COUNTRY) String issuingCountry) {}

    public record Organisation(
            @NotBlank @Size(max = 300) @IdentifierText String name,
            @Size(max = 100) @IdentifierText String registrationNumber,
            @Pattern(regexp = COUNTRY) String country) {}

    public record Vehicle(
            @Size(max = 20) @IdentifierText @Schema(example = "AB 1234 RN")
            String plate,

            @Pattern(regexp = COUNTRY) String registrationCountry,

            @Pattern(regexp = "^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$")
            String vin,

            @Size(max = 60) @IdentifierText String make,
            @Size(max = 60) @IdentifierText String model,
            @Size(max = 40) String colour) {}

    public record Phone(
            @NotBlank @Size(max = 30) @IdentifierText @Schema(example = "+227 90 12 34 56")
            String number,

            @Size(max = 60) String operator) {}

    public record Account(
            @NotNull AccountType type,
            @NotBlank @Size(max = 40) @IdentifierText String number,
            @Size(max = 200) String institution,
            @Size(max = 200) @IdentifierText String holderName,
            @Pattern(regexp = "^[A-Z]{3}$") String currency) {}

    public record Firearm(
            @NotBlank @Size(max = 60) @IdentifierText String serialNumber,
            @Size(max = 60) @IdentifierText String make,
            @Size(max = 60) @IdentifierText String model,
            @Size(max = 40) String calibre) {}

    public record Place(
            @NotBlank @Size(max = 200) @Schema(example = "Poste frontière d'Assamaka")
            String name,

            @NotNull PlaceType type,
            @Pattern(regexp = COUNTRY) String country,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Size(max = 1000) String route) {}

    public enum PlaceType {
        BORDER_CROSSING,
        TOWN,
        HIDEOUT,
        STORAGE,
        MEETING_POINT,
        ROUTE,
        AIRPORT,
        PORT,
        OTHER
    }
}
