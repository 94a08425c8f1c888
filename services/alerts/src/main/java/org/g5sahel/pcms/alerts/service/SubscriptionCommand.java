package org.g5sahel.pcms.alerts.service;

import java.util.List;
import org.g5sahel.pcms.alerts.model.CapCategory;

/** What an agency wants to receive, as {@link SubscriptionService} records it; empty lists match everything. */
public record SubscriptionCommand(
        String name,
        List<CapCategory> categories,
        List<String> events,
        List<String> areaCodes,
        Double centerLat,
        Double centerLon,
        Double radiusKm) {}
