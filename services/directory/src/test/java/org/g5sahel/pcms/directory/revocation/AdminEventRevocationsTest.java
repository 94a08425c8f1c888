package org.g5sahel.pcms.directory.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which admin events withdraw an officer's access, and reading them after a cursor (a fake of Keycloak's query). */
class AdminEventRevocationsTest {

    private static final long T0 = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

    private final AdminEventRevocations revocations = new AdminEventRevocations(new ObjectMapper());
    private final FakeAdminEvents keycloak = new FakeAdminEvents();

    @Test
    void disablingDeletingRemovingFromTheOrganizationAndSigningOutRevokeOtherChangesDoNot() {
        keycloak.add(
                "e1",
                T0,
                "UPDATE",
                "USER",
                "users/u-1",
                "{\"username\":\"ne-tester\",\"enabled\":false,\"attributes\":{\"pcms_state\":[\"NE\"],\"pcms_agency\":[\"NE-OCRTIS\"]}}");
        keycloak.add("e2", T0 + 1, "UPDATE", "USER", "users/u-2", "{\"username\":\"ok\",\"enabled\":true}");
        keycloak.add("e3", T0 + 2, "DELETE", "USER", "users/u-3", null);
        keycloak.add("e4", T0 + 3, "DELETE", "ORGANIZATION_MEMBERSHIP", "organizations/o-1/members/u-4", null);
        keycloak.add("e5", T0 + 4, "ACTION", "USER", "users/u-5/logout", null);
        keycloak.add("e6", T0 + 5, "CREATE", "USER", "users/u-6", "{\"enabled\":false}");
        keycloak.add("e7", T0 + 6, "ACTION", "USER", "users/u-7/reset-password", null);
        keycloak.add("e8", T0 + 7, "CREATE", "ORGANIZATION_MEMBERSHIP", "organizations/o-1/members/u-8", null);

        AdminEventRevocations.Batch batch = revocations.after(new AdminEventCursor(T0, Set.of()), keycloak);

        assertThat(batch.revocations())
                .containsExactly(
                        new Revocation(
                                "u-1",
                                "ne-tester",
                                Instant.ofEpochMilli(T0),
                                Revocation.Reason.DISABLED,
                                "NE",
                                "NE-OCRTIS"),
                        new Revocation(
                                "u-3", null, Instant.ofEpochMilli(T0 + 2), Revocation.Reason.DELETED, null, null),
                        new Revocation(
                                "u-4",
                                null,
                                Instant.ofEpochMilli(T0 + 3),
                                Revocation.Reason.REMOVED_FROM_ORGANIZATION,
                                null,
                                null),
                        new Revocation(
                                "u-5", null, Instant.ofEpochMilli(T0 + 4), Revocation.Reason.SIGNED_OUT, null, null));
        assertThat(batch.cursor()).isEqualTo(new AdminEventCursor(T0 + 7, Set.of("e8")));
    }

    @Test
    void theNextReadStartsAfterTheCursorWithoutReplayingNorMissingEventsOfTheSameMillisecond() {
        keycloak.add("a", T0, "DELETE", "USER", "users/u-a", null);
        AdminEventRevocations.Batch first = revocations.after(new AdminEventCursor(T0, Set.of()), keycloak);
        assertThat(first.revocations()).extracting(Revocation::subject).containsExactly("u-a");

        // Another event of the same millisecond, seen only now, and a later one.
        keycloak.add("b", T0, "DELETE", "USER", "users/u-b", null);
        keycloak.add("c", T0 + 10, "DELETE", "USER", "users/u-c", null);
        AdminEventRevocations.Batch second = revocations.after(first.cursor(), keycloak);
        assertThat(second.revocations()).extracting(Revocation::subject).containsExactly("u-b", "u-c");

        assertThat(revocations.after(second.cursor(), keycloak).revocations()).isEmpty();
        assertThat(revocations.after(second.cursor(), keycloak).cursor()).isEqualTo(second.cursor());
    }

    @Test
    void morePagesThanOneAreAllRead() {
        for (int i = 0; i < AdminEventRevocations.PAGE * 2 + 5; i++) {
            keycloak.add("e" + i, T0 + i, "DELETE", "USER", "users/u-" + i, null);
        }
        AdminEventRevocations.Batch batch = revocations.after(new AdminEventCursor(T0, Set.of()), keycloak);
        assertThat(batch.revocations()).hasSize(AdminEventRevocations.PAGE * 2 + 5);
        assertThat(batch.cursor().time()).isEqualTo(T0 + AdminEventRevocations.PAGE * 2 + 4);
    }

    /** Keycloak's query: events at or after a time, newest first (its default order), by page. */
    private static final class FakeAdminEvents implements AdminEventSource {

        private final List<AdminEvent> events = new ArrayList<>();

        void add(String id, long time, String operation, String resourceType, String path, String representation) {
            events.add(new AdminEvent(id, time, operation, resourceType, path, representation));
        }

        @Override
        public List<AdminEvent> page(long fromMillis, int first, int max) {
            return events.stream()
                    .filter(e -> e.time() >= fromMillis)
                    .sorted(Comparator.comparingLong(AdminEvent::time).reversed())
                    .skip(first)
                    .limit(max)
                    .toList();
        }
    }
}
