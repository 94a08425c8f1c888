package org.g5sahel.pcms.alerts.model;

import java.util.List;

/**
 * One CAP {@code info} block as the sender wrote it: its own language, event, categories, times and areas. Values are
 * kept in CAP's own spelling ({@code Immediate}, {@code Security}) and times in their lexical form with the sender's
 * offset, so that an export says exactly what was received.
 */
public record CapInfo(
        String language,
        List<String> categories,
        String event,
        List<String> responseTypes,
        String urgency,
        String severity,
        String certainty,
        String audience,
        List<NamedValue> eventCodes,
        String effective,
        String onset,
        String expires,
        String senderName,
        String headline,
        String description,
        String instruction,
        String web,
        String contact,
        List<NamedValue> parameters,
        List<CapResource> resources,
        List<AlertArea> areas) {

    public CapInfo {
        categories = List.copyOf(categories == null ? List.of() : categories);
        responseTypes = List.copyOf(responseTypes == null ? List.of() : responseTypes);
        eventCodes = List.copyOf(eventCodes == null ? List.of() : eventCodes);
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
        resources = List.copyOf(resources == null ? List.of() : resources);
        areas = List.copyOf(areas == null ? List.of() : areas);
    }
}
