package org.g5sahel.pcms.commons.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.platform.PcmsConfig;

/**
 * Runs every {@link EventHandler} of the service: declares its queues, consumes with manual acknowledgement, retries
 * failures through a delay queue with doubling back-off, and dead-letters poison or exhausted events to
 * {@code <queue>.dlq}, from where {@link DeadLetterResource} replays them.
 */
@ApplicationScoped
public class EventConsumers {

    static final String ATTEMPT_HEADER = "x-pcms-attempt";
    static final String ERROR_HEADER = "x-pcms-error";

    private final List<EventHandler> handlers;
    private final BrokerConnection broker;
    private final Inbox inbox;
    private final ObjectReader eventReader;
    private final PcmsConfig config;
    private final String prefix;
    /** Names this process's own queues ({@link EventHandler#everyInstance()}): unique per start. */
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    private final Map<String, Channel> channels = new HashMap<>();

    public EventConsumers(
            Instance<EventHandler> handlers,
            BrokerConnection broker,
            Inbox inbox,
            ObjectMapper objectMapper,
            PcmsConfig config) {
        this.handlers = handlers.stream().toList();
        this.broker = broker;
        this.inbox = inbox;
        // The API refuses unknown fields; events are read tolerantly, because a newer producer may add extension
        // attributes (CloudEvents allows them) before every consumer knows them.
        this.eventReader =
                objectMapper.readerFor(CloudEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.config = config;
        this.prefix = config.broker().queuePrefix().orElse(config.service().name());
    }

    /** The full queue name of a handler. */
    public String queueName(EventHandler handler) {
        return prefix + "." + handler.queue() + (handler.everyInstance() ? "." + instance : "");
    }

    public List<String> queueNames() {
        return handlers.stream().map(this::queueName).toList();
    }

    /** (Re)starts consumers whose channel is gone: at start-up and after any broker outage. */
    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void ensureConsuming() {
        for (EventHandler handler : handlers) {
            Channel channel = channels.get(handler.queue());
            if (channel != null && channel.isOpen()) {
                continue;
            }
            try {
                channels.put(handler.queue(), consume(handler));
            } catch (IOException | RuntimeException e) {
                Log.debugf("Consumer %s not started yet: %s", queueName(handler), e.toString());
            }
        }
    }

    /** Declares the topology of one queue, idempotently; also used by operators' replay. */
    void declare(Channel channel, EventHandler handler) throws IOException {
        String queue = queueName(handler);
        channel.queueDeclare(
                queue,
                true,
                false,
                false,
                arguments(handler, Map.of("x-dead-letter-exchange", "", "x-dead-letter-routing-key", queue + ".dlq")));
        channel.queueDeclare(
                queue + ".retry",
                true,
                false,
                false,
                arguments(handler, Map.of("x-dead-letter-exchange", "", "x-dead-letter-routing-key", queue)));
        channel.queueDeclare(queue + ".dlq", true, false, false, arguments(handler, Map.of()));
        for (String binding : handler.bindings()) {
            channel.queueBind(queue, broker.exchange(), binding);
        }
    }

    /** A queue's arguments: its type, and for an instance's own queues, deletion once unused for a while. */
    private Map<String, Object> arguments(EventHandler handler, Map<String, Object> own) {
        Map<String, Object> arguments = new HashMap<>(own);
        arguments.put("x-queue-type", config.broker().queueType());
        if (handler.everyInstance()) {
            arguments.put("x-expires", config.consumer().instanceQueueExpiry().toMillis());
        }
        return arguments;
    }

    private Channel consume(EventHandler handler) throws IOException {
        Channel channel = broker.openChannel();
        declare(channel, handler);
        channel.confirmSelect();
        channel.basicQos(config.consumer().prefetch());
        String queue = queueName(handler);
        channel.basicConsume(queue, false, (tag, delivery) -> onDelivery(channel, handler, delivery), tag -> {});
        Log.infof("Consuming %s", queue);
        return channel;
    }

    private void onDelivery(Channel channel, EventHandler handler, Delivery delivery) throws IOException {
        String queue = queueName(handler);
        long tag = delivery.getEnvelope().getDeliveryTag();
        CloudEvent event;
        try {
            event = eventReader.readValue(delivery.getBody());
            CloudEventValidator.requireValid(event);
        } catch (IOException | IllegalArgumentException e) {
            Log.warnf("Poison message on %s dead-lettered: %s", queue, e.getMessage());
            republish(channel, queue + ".dlq", delivery, attempt(delivery), "unreadable: " + e.getMessage(), null);
            channel.basicAck(tag, false);
            return;
        }
        try {
            inbox.applyOnce(queue, event, handler::handle);
            channel.basicAck(tag, false);
        } catch (RuntimeException e) {
            int attempt = attempt(delivery);
            String error = rootCause(e);
            if (attempt >= config.consumer().maxAttempts()) {
                Log.errorf("Event %s dead-lettered on %s after %d attempts: %s", event.id(), queue, attempt, error);
                republish(channel, queue + ".dlq", delivery, attempt, error, null);
            } else {
                long delay = config.consumer().initialBackoff().toMillis() << (attempt - 1);
                Log.warnf(
                        "Event %s failed on %s (attempt %d), retry in %d ms: %s",
                        event.id(), queue, attempt, delay, error);
                republish(channel, queue + ".retry", delivery, attempt + 1, error, delay);
            }
            channel.basicAck(tag, false);
        }
    }

    /** Copies the delivery to another queue and waits for the broker's confirm before the original is acknowledged. */
    private void republish(
            Channel channel, String queue, Delivery delivery, int attempt, String error, Long delayMillis)
            throws IOException {
        Map<String, Object> headers = new HashMap<>(
                Optional.ofNullable(delivery.getProperties().getHeaders()).orElse(Map.of()));
        headers.put(ATTEMPT_HEADER, attempt);
        headers.put(ERROR_HEADER, error.length() > 500 ? error.substring(0, 500) : error);
        headers.put("x-pcms-routing-key", delivery.getEnvelope().getRoutingKey());
        AMQP.BasicProperties properties = delivery.getProperties()
                .builder()
                .headers(headers)
                .deliveryMode(2)
                .expiration(delayMillis == null ? null : Long.toString(delayMillis))
                .build();
        channel.basicPublish("", queue, properties, delivery.getBody());
        try {
            channel.waitForConfirmsOrDie(config.broker().timeout().toMillis());
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("No confirm for the republished event", e);
        }
    }

    static int attempt(Delivery delivery) {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        Object attempt = headers == null ? null : headers.get(ATTEMPT_HEADER);
        return attempt instanceof Number number ? number.intValue() : 1;
    }

    private static String rootCause(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    List<EventHandler> handlers() {
        return handlers;
    }

    /** The channels close with the connection, within its time limit (see {@link OutboxRelay#stop()}). */
    @PreDestroy
    synchronized void stop() {
        channels.clear();
    }
}
