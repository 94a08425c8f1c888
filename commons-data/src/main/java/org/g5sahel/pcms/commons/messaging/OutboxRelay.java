package org.g5sahel.pcms.commons.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.g5sahel.pcms.commons.platform.PcmsConfig;

/**
 * Publishes committed outbox events with publisher confirms, then marks them sent in the same transaction that locked
 * them. A crash between confirm and commit publishes an event twice, never zero times: consumers deduplicate by id.
 * Rows are locked with {@code SKIP LOCKED} so several replicas relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private final EntityManager entityManager;
    private final BrokerConnection broker;
    private final PcmsConfig.Outbox config;
    private final long confirmTimeoutMillis;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService wakeExecutor = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> new Thread(runnable, "pcms-outbox-relay"));
    private final Clock clock;
    private Channel channel;
    private long lastFailureLog;

    public OutboxRelay(EntityManager entityManager, BrokerConnection broker, PcmsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.broker = broker;
        this.config = config.outbox();
        this.confirmTimeoutMillis = config.broker().timeout().toMillis();
        this.clock = clock;
    }

    /** Asks for a relay pass soon, off the committing thread. */
    void wake() {
        if (!running.get()) {
            wakeExecutor.execute(this::relayPending);
        }
    }

    @Scheduled(
            every = "${pcms.outbox.interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        relayPending();
    }

    /** Publishes every pending event, batch after batch; stops at the first failure and retries on the next pass. */
    public void relayPending() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch: there may be more
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            closeChannel();
            logFailure(e);
        } finally {
            running.set(false);
        }
    }

    /** Number of events still waiting, for health and tests. */
    public long pendingCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select count(e) from OutboxEvent e where e.sentAt is null", Long.class)
                        .getSingleResult());
    }

    private int relayBatch() throws IOException, TimeoutException {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> events = entityManager
                    .createNativeQuery(
                            "select * from outbox_event where sent_at is null order by created_at, id limit :limit"
                                    + " for update skip locked",
                            OutboxEvent.class)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (events.isEmpty()) {
                return 0;
            }
            Channel publishing = channel();
            for (OutboxEvent event : events) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType(CloudEvent.MEDIA_TYPE)
                        .deliveryMode(2)
                        .messageId(event.id().toString())
                        .timestamp(Date.from(event.createdAt()))
                        .build();
                publishing.basicPublish(
                        broker.exchange(),
                        event.routingKey(),
                        properties,
                        event.payload().getBytes(StandardCharsets.UTF_8));
            }
            publishing.waitForConfirmsOrDie(confirmTimeoutMillis);
            Instant now = clock.instant();
            events.forEach(event -> event.markSent(now));
            return events.size();
        });
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeSent() {
        Instant before = clock.instant().minus(config.retention());
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createQuery("delete from OutboxEvent e where e.sentAt < :before")
                        .setParameter("before", before)
                        .executeUpdate());
    }

    private synchronized Channel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = broker.openChannel();
            channel.confirmSelect();
        }
        return channel;
    }

    private synchronized void closeChannel() {
        if (channel != null && channel.isOpen()) {
            try {
                channel.abort();
            } catch (IOException e) {
                Log.debug("Channel already closed", e);
            }
        }
        channel = null;
    }

    /** Once a minute at most: an outage of the broker must not flood the log. */
    private void logFailure(Exception e) {
        long now = System.currentTimeMillis();
        if (now - lastFailureLog > 60_000) {
            lastFailureLog = now;
            Log.warnf("Outbox relay paused, events stay pending until the broker is back: %s", e.toString());
        }
    }

    /**
     * The channel goes with the connection, which {@link BrokerConnection} closes within its time limit: aborting the
     * channel here would wait for the broker's reply without one, and a connection loop stuck at shutdown (it loads
     * classes from a jar being closed) then hangs the process for good.
     */
    @PreDestroy
    void stop() {
        wakeExecutor.shutdownNow();
    }
}
