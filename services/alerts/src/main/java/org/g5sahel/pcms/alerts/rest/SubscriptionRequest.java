package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.service.SubscriptionCommand;

/** What an agency wants to receive; empty lists match everything. The circle is optional (all three or none). */
public record SubscriptionRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Liptako-Gourma security alerts")
        String name,

        @Size(max = 12) List<@NotNull CapCategory> categories,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> events,

        @Size(max = 50) @Schema(example = "[\"LIPTAKO-GOURMA\"]")
        List<@NotBlank @Size(max = 100) String> areaCodes,

        @DecimalMin("-90") @DecimalMax("90") Double centerLat,
        @DecimalMin("-180") @DecimalMax("180") Double centerLon,
        @Positive @DecimalMax("5000") Double radiusKm) {

    public SubscriptionCommand command() {
        return new SubscriptionCommand(name, categories, events, areaCodes, centerLat, centerLon, radiusKm);
    }
}
