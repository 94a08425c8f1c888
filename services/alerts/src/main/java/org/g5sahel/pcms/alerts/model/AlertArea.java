package org.g5sahel.pcms.alerts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A CAP {@code area}: a description and any of polygons ({@code "lat,lon lat,lon …"}, closed), circles
 * ({@code "lat,lon radiusKm"}) and named areas, and optionally the altitude and ceiling in feet above sea level as CAP
 * gives them.
 */
public record AlertArea(
        @NotBlank @Size(max = 500) String description,
        @Size(max = 20) List<@NotNull String> polygons,
        @Size(max = 20) List<@NotNull String> circles,
        @Size(max = 50) List<@Valid @NotNull Geocode> geocodes,
        BigDecimal altitude,
        BigDecimal ceiling) {

    public AlertArea {
        polygons = polygons == null ? List.of() : List.copyOf(polygons);
        circles = circles == null ? List.of() : List.copyOf(circles);
        geocodes = geocodes == null ? List.of() : List.copyOf(geocodes);
    }

    public AlertArea(String description, List<String> polygons, List<String> circles, List<Geocode> geocodes) {
        this(description, polygons, circles, geocodes, null, null);
    }
}
