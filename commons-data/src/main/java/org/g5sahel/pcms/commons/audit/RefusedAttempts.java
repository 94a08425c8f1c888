package org.g5sahel.pcms.commons.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.g5sahel.pcms.commons.audit.RecordLocator.LocatedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.platform.PcmsConfig;

/**
 * Audits attempts refused on existing records for their owners (DESIGN §2 rule 9), off the request's path: a refused
 * request only queues what it tried, the same for a hidden record as for an id that names nothing, so that neither its
 * answer nor its timing tells the caller which it was; a background writer later finds which ids name records and
 * appends those attempts to the audit chain in transactions of its own. Attempts wait in memory: a crash loses at most
 * the last interval's, and a full queue drops new ones (counted in {@code pcms_audit_refused_attempts_dropped_total}).
 */
@ApplicationScoped
public class RefusedAttempts {

    /** What a refused request tried: who, which method and ids of its path, with which purpose, when, and the answer. */
    public record Attempt(
            Caller caller, String method, String path, List<UUID> ids, String purpose, int status, Instant at) {}

    static final String OUTCOME = "DENIED";
    private static final int BATCH = 500;

    private final BlockingQueue<Attempt> pending;
    private final Instance<RecordLocator> locators;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Counter dropped;

    public RefusedAttempts(
            PcmsConfig config,
            @Any Instance<RecordLocator> locators,
            AuditLog auditLog,
            Clock clock,
            MeterRegistry registry) {
        this.pending = new ArrayBlockingQueue<>(config.audit().refusedAttemptsQueue());
        this.locators = locators;
        this.auditLog = auditLog;
        this.clock = clock;
        this.dropped = registry.counter("pcms.audit.refused.attempts.dropped");
    }

    /** Queues a refused request's attempt; never blocks and never fails the request. */
    public void offer(Caller caller, String method, String path, List<UUID> ids, String purpose, int status) {
        Attempt attempt = new Attempt(
                caller, method, path, ids, purpose, status, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        if (!pending.offer(attempt)) {
            dropped.increment();
        }
    }

    @Scheduled(
            every = "${pcms.audit.refused-attempts-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writePending() {
        List<Attempt> batch = new ArrayList<>(BATCH);
        while (pending.drainTo(batch, BATCH) > 0) {
            for (Attempt attempt : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> write(attempt));
                } catch (RuntimeException e) {
                    Log.warnf(
                            e,
                            "Refused attempt of %s on %s not audited",
                            attempt.caller().username(),
                            attempt.path());
                }
            }
            batch.clear();
        }
    }

    void flushAtShutdown(@Observes ShutdownEvent shutdown) {
        writePending();
    }

    /** Audits the attempt on each record its ids name that the caller was refused: hidden, or forbidden to change. */
    private void write(Attempt attempt) {
        for (UUID id : attempt.ids()) {
            locate(attempt.caller(), id)
                    .filter(located -> attempt.status() == 403 || !located.visibleToCaller())
                    .filter(located -> !located.record()
                            .ownerAgency()
                            .equals(attempt.caller().agency()))
                    .ifPresent(located -> auditLog.recordAt(
                            attempt.at(),
                            attempt.caller(),
                            action(attempt),
                            located.record().unnamed(),
                            attempt.purpose(),
                            OUTCOME));
        }
    }

    private Optional<LocatedRecord> locate(Caller caller, UUID id) {
        for (RecordLocator locator : locators) {
            Optional<LocatedRecord> located = locator.locate(caller, id);
            if (located.isPresent()) {
                return located;
            }
        }
        return Optional.empty();
    }

    private static AuditAction action(Attempt attempt) {
        if (attempt.method().equals("GET") || attempt.method().equals("HEAD")) {
            return AuditAction.READ;
        }
        // a sharing change or its preview
        return attempt.path().contains("/sharing") ? AuditAction.SHARING_CHANGE : AuditAction.UPDATE;
    }
}
