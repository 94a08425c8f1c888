package org.g5sahel.pcms.commons.messaging;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** Applies an event at most once per consumer queue: the inbox row and the effect commit together. */
@ApplicationScoped
@Unremovable
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return whether the effect ran (false: this consumer already handled the event) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public boolean applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        int inserted = entityManager
                .createNativeQuery("insert into inbox_event (consumer, event_id, event_type, received_at)"
                        + " values (:consumer, :id, :type, now()) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
