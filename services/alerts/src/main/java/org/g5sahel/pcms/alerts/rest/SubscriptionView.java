package org.g5sahel.pcms.alerts.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Subscription;

public record SubscriptionView(
        UUID id,
        String agency,
        String name,
        List<String> categories,
        List<String> events,
        List<String> areaCodes,
        Double centerLat,
        Double centerLon,
        Double radiusKm,
        String createdBy,
        Instant createdAt,
        long version) {

    public static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(
                subscription.id,
                subscription.agency,
                subscription.name,
                List.copyOf(subscription.categories),
                List.copyOf(subscription.events),
                List.copyOf(subscription.areaCodes),
                subscription.centerLat,
                subscription.centerLon,
                subscription.radiusKm,
                subscription.createdBy,
                subscription.createdAt,
                subscription.version);
    }
}
