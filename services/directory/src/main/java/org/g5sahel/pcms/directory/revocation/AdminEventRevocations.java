package org.g5sahel.pcms.directory.revocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the admin events after a cursor and tells which withdraw an officer's access: a user updated to disabled,
 * deleted, removed from an organization, or signed out of every session by an administrator.
 */
public final class AdminEventRevocations {

    static final int PAGE = 100;
    private static final Pattern USER = Pattern.compile("^users/([^/]+)$");
    private static final Pattern USER_LOGOUT = Pattern.compile("^users/([^/]+)/logout$");
    private static final Pattern MEMBER = Pattern.compile("^organizations/[^/]+/members/([^/]+)$");

    private final ObjectMapper objectMapper;

    public AdminEventRevocations(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public record Batch(List<Revocation> revocations, AdminEventCursor cursor) {}

    /** Every event after the cursor, page by page; the revocations among them and the cursor after the last one. */
    public Batch after(AdminEventCursor cursor, AdminEventSource source) {
        List<AdminEvent> events = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<AdminEvent> page = source.page(cursor.time(), first, PAGE);
            events.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        // In time order whatever order the pages came in: the cursor only moves forward.
        events.sort(Comparator.comparingLong(AdminEvent::time).thenComparing(AdminEvent::id));
        List<Revocation> revocations = new ArrayList<>();
        AdminEventCursor next = cursor;
        for (AdminEvent event : events) {
            if (!next.hasRead(event)) {
                revocation(event).ifPresent(revocations::add);
                next = next.after(event);
            }
        }
        return new Batch(revocations, next);
    }

    Optional<Revocation> revocation(AdminEvent event) {
        Instant at = Instant.ofEpochMilli(event.time());
        String path = event.resourcePath() == null ? "" : event.resourcePath();
        if ("USER".equals(event.resourceType())) {
            Matcher user = USER.matcher(path);
            Matcher logout = USER_LOGOUT.matcher(path);
            if (user.matches() && "DELETE".equals(event.operationType())) {
                return Optional.of(new Revocation(user.group(1), null, at, Revocation.Reason.DELETED, null, null));
            }
            if (user.matches() && "UPDATE".equals(event.operationType())) {
                JsonNode representation = read(event.representation());
                if (representation.path("enabled").isBoolean()
                        && !representation.path("enabled").asBoolean()) {
                    return Optional.of(new Revocation(
                            user.group(1),
                            text(representation.path("username")),
                            at,
                            Revocation.Reason.DISABLED,
                            attribute(representation, "pcms_state"),
                            attribute(representation, "pcms_agency")));
                }
            }
            if (logout.matches() && "ACTION".equals(event.operationType())) {
                return Optional.of(new Revocation(logout.group(1), null, at, Revocation.Reason.SIGNED_OUT, null, null));
            }
        }
        Matcher member = MEMBER.matcher(path);
        if ("ORGANIZATION_MEMBERSHIP".equals(event.resourceType())
                && "DELETE".equals(event.operationType())
                && member.matches()) {
            return Optional.of(
                    new Revocation(member.group(1), null, at, Revocation.Reason.REMOVED_FROM_ORGANIZATION, null, null));
        }
        return Optional.empty();
    }

    private JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return objectMapper.createObjectNode();
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            return objectMapper.createObjectNode();
        }
    }

    private static String attribute(JsonNode user, String name) {
        return text(user.path("attributes").path(name).path(0));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
