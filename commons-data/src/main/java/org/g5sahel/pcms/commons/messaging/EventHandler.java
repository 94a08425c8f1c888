package org.g5sahel.pcms.commons.messaging;

import java.util.List;

/**
 * A consumer of platform events. Implement it as a CDI bean; {@link EventConsumers} gives it a durable queue
 * {@code <service>.<queue>} bound to {@link #bindings()}, with its retry and dead-letter queues.
 * {@link #handle(CloudEvent)} runs in a transaction that also records the event id in the inbox: an event redelivered
 * after a crash is recognised and skipped, so its effect is applied once.
 */
public interface EventHandler {

    /** Short queue name, unique within the service, e.g. {@code stolen-firearms}. */
    String queue();

    /** Routing-key patterns of the topic exchange, e.g. {@code firearms.record.reported-*}. */
    List<String> bindings();

    /**
     * Whether every running instance of the service must apply each event (state kept in memory, such as a deny
     * list) rather than one of them: each instance then has a queue of its own, {@code <service>.<queue>.<instance>},
     * which the broker deletes once its instance has been gone for a while.
     */
    default boolean everyInstance() {
        return false;
    }

    /** Applies the event. Throwing retries it later with back-off, then dead-letters it. */
    void handle(CloudEvent event);
}
