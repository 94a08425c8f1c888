package org.g5sahel.pcms.commons.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.g5sahel.pcms.commons.platform.PcmsConfig;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Writes events to the outbox in the caller's transaction (DESIGN §4): the event exists if and only if the change does.
 * The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String service;
    private final Clock clock;

    public Outbox(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            PcmsConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.service = config.service().name();
        this.clock = clock;
    }

    /**
     * Records {@code <service>.<entity>.<event>} about a sovereign record.
     *
     * @param subject the record's id (CloudEvents {@code subject})
     * @param data    the event payload, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String entity, String event, Object subject, Sovereignty sovereignty, Object data) {
        Instant now = clock.instant();
        CloudEvent cloudEvent = new CloudEvent(
                CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/pcms/" + service,
                "pcms." + service + "." + entity + "." + event + ".v1",
                String.valueOf(subject),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                "application/json",
                sovereignty.ownerState(),
                sovereignty.ownerAgency(),
                sovereignty.distribution().name(),
                traceparent(),
                objectMapper.valueToTree(data));
        try {
            String payload = objectMapper.writeValueAsString(cloudEvent);
            entityManager.persist(new OutboxEvent(
                    UUID.fromString(cloudEvent.id()), service + "." + entity + "." + event, payload, now));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return cloudEvent;
    }

    private static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                        + span.getTraceFlags().asHex()
                : null;
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
