package org.g5sahel.pcms.web.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A submitted form as the API's JSON: form fields are named after the API's JSON fields, a dotted name
 * ({@code sharing.distribution}) is a nested field, list fields repeat (checkboxes) or hold several values separated by
 * commas or new lines, and an empty field is left out (the API applies its default).
 */
public final class Forms {

    private Forms() {}

    /** The form's fields that are not data: the CSRF token and the page's own controls. */
    private static final Set<String> CONTROLS = Set.of("csrf-token", "lang", "action");

    public static Map<String, Object> toJson(
            MultivaluedMap<String, String> form, Set<String> listFields, Set<String> integerFields) {
        Map<String, Object> json = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (CONTROLS.contains(name)) {
                return;
            }
            Object value;
            if (listFields.contains(name)) {
                List<String> items = new ArrayList<>();
                values.forEach(raw -> Arrays.stream(raw.split("[,\\n]"))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .forEach(items::add));
                if (items.isEmpty()) {
                    return;
                }
                value = items;
            } else {
                String raw = values.isEmpty() ? "" : values.get(0).strip();
                if (raw.isEmpty()) {
                    return;
                }
                value = integerFields.contains(name) ? integerOrText(raw) : raw;
            }
            put(json, name, value);
        });
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> json, String dottedName, Object value) {
        String[] path = dottedName.split("\\.");
        Map<String, Object> node = json;
        for (int i = 0; i < path.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(path[i], key -> new LinkedHashMap<String, Object>());
        }
        node.put(path[path.length - 1], value);
    }

    /** A number as a number; anything else as typed, for the API to refuse in the officer's language. */
    private static Object integerOrText(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * A {@code datetime-local} value, typed in the officer's zone, as the instant the API expects; anything else is
     * passed as typed for the API to refuse.
     */
    public static Object instantIn(String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(local.strip()).toString();
            } catch (DateTimeParseException notAnInstant) {
                return local;
            }
        }
    }

    /** The submitted values, to fill the form again when the API refused it: nothing the officer typed is lost. */
    public static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!CONTROLS.contains(name)) {
                values.put(name, String.join(", ", list));
            }
        });
        return values;
    }
}
