package org.g5sahel.pcms.directory.revocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.revocation.RevocationConfig;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.directory.keycloak.KeycloakRealm;

/**
 * Announces, every few seconds, the officers whose access Keycloak's administrators withdrew since the last read
 * ({@code directory.user.revoked}), so that every service refuses their tokens long before they expire. The events
 * and the cursor are written in one transaction: a restart neither misses nor replays one.
 */
@ApplicationScoped
public class RevocationPoller {

    /** Whose the announcement is when the admin event does not say the officer's agency: the platform's operations. */
    private static final String PLATFORM_STATE = "G5";

    private static final String PLATFORM_AGENCY = "G5-OPS";

    private final KeycloakRealm keycloak;
    private final AdminEventSource source;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration tokenLifespan;
    private final AdminEventRevocations revocations;

    public RevocationPoller(
            KeycloakRealm keycloak,
            AdminEventSource source,
            EntityManager entityManager,
            Outbox outbox,
            Clock clock,
            RevocationConfig revocation,
            ObjectMapper objectMapper) {
        this.keycloak = keycloak;
        this.source = source;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.tokenLifespan = revocation.tokenLifespan();
        this.revocations = new AdminEventRevocations(objectMapper);
    }

    @Scheduled(
            every = "${pcms.directory.identity.revocation-poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!keycloak.configured()) {
            return;
        }
        try {
            poll();
        } catch (ProblemException unavailable) {
            // KeycloakRealm has logged it; the next poll starts from the same cursor.
        }
    }

    /** One read of the admin events after the cursor; returns how many revocations it announced. */
    @Transactional
    public int poll() {
        AdminEventCursor cursor = cursor();
        AdminEventRevocations.Batch batch = revocations.after(cursor, source);
        for (Revocation revocation : batch.revocations()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("subject", revocation.subject());
            data.put("username", revocation.username());
            data.put("revokedAt", revocation.revokedAt().toString());
            data.put("reason", revocation.reason().name());
            boolean agencyKnown = revocation.state() != null && revocation.agency() != null;
            outbox.publish(
                    "user",
                    "revoked",
                    revocation.subject(),
                    Sovereignty.platformNotice(
                            agencyKnown ? revocation.state() : PLATFORM_STATE,
                            agencyKnown ? revocation.agency() : PLATFORM_AGENCY),
                    data);
            Log.infof(
                    "Access of %s (%s) withdrawn at %s: %s",
                    revocation.subject(), revocation.username(), revocation.revokedAt(), revocation.reason());
        }
        if (!batch.cursor().equals(cursor)) {
            entityManager
                    .createNativeQuery("""
                    INSERT INTO admin_event_cursor (id, last_time, last_ids) VALUES (1, ?1, ?2)
                    ON CONFLICT (id) DO UPDATE SET last_time = EXCLUDED.last_time, last_ids = EXCLUDED.last_ids""")
                    .setParameter(1, batch.cursor().time())
                    .setParameter(2, String.join(",", batch.cursor().idsAtTime()))
                    .executeUpdate();
        }
        return batch.revocations().size();
    }

    /**
     * Where the last read stopped; the first read ever starts one token lifespan ago (older revocations refuse no
     * token that is still valid).
     */
    private AdminEventCursor cursor() {
        var rows = entityManager
                .createNativeQuery("SELECT last_time, last_ids FROM admin_event_cursor WHERE id = 1")
                .getResultList();
        if (rows.isEmpty()) {
            return new AdminEventCursor(clock.instant().minus(tokenLifespan).toEpochMilli(), Set.of());
        }
        Object[] row = (Object[]) rows.get(0);
        String ids = (String) row[1];
        return new AdminEventCursor(
                ((Number) row[0]).longValue(),
                ids.isEmpty() ? Set.of() : Arrays.stream(ids.split(",")).collect(Collectors.toSet()));
    }
}
