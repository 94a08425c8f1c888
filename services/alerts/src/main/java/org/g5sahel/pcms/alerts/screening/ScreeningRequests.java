package org.g5sahel.pcms.alerts.screening;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.text.IdentifierText;

/**
 * Manifests submitted for screening. The size of a batch is checked by the service against {@link #MAX_BATCH}, which
 * the OpenAPI document publishes, and answered 413 naming the limit.
 */
public final class ScreeningRequests {

    /**
     * Travellers or containers per request: one limit, published ({@code maxItems}) and enforced. A wide-body
     * aircraft's manifest (up to about 450 passengers) fits in one request.
     */
    public static final int MAX_BATCH = 500;

    private ScreeningRequests() {}

    public record TravellerScreening(
            @NotBlank @Size(max = 500) @Schema(example = "Control of flight AT 571 NIM-CMN")
            String purpose,

            @Size(max = 200) @Schema(example = "Niamey Diori Hamani airport")
            String location,

            @Size(max = 100) @IdentifierText @Schema(example = "AT571-2026-03-14")
            String reference,

            @NotEmpty @Schema(maxItems = MAX_BATCH) List<@Valid @NotNull Traveller> travellers) {}

    public record Traveller(
            @Size(max = 100) @IdentifierText String ref,
            @NotBlank @Size(max = 300) @IdentifierText String name,
            LocalDate dateOfBirth,
            @Min(1900) @Max(2100) Integer yearOfBirth,
            @Pattern(regexp = "^[A-Z]{2,3}$") String nationality,
            @Size(max = 5) @IdentifierText List<@NotBlank @Size(max = 40) String> documentNumbers) {}

    public record CargoScreening(
            @NotBlank @Size(max = 500) String purpose,

            @Size(max = 200) @Schema(example = "Port autonome de Lomé, transit to Niamey")
            String location,

            @Size(max = 100) @IdentifierText String reference,
            @Schema(maxItems = MAX_BATCH) @IdentifierText List<@NotBlank @Size(max = 20) String> containers,
            @Size(max = 20) @IdentifierText String vesselImo,
            @Size(max = 200) @IdentifierText String vesselName,
            @Size(max = 300) @IdentifierText String shipper,
            @Size(max = 300) @IdentifierText String consignee,
            @Size(max = 2000) String goodsDescription) {}
}
