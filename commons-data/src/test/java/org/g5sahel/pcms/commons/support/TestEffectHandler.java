package org.g5sahel.pcms.commons.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventHandler;

/** Counts how many times each event's effect was applied; fails on demand to exercise retries and dead letters. */
@ApplicationScoped
public class TestEffectHandler implements EventHandler {

    private final EntityManager entityManager;
    private volatile boolean failing;

    public TestEffectHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    public String queue() {
        return "effects";
    }

    @Override
    public List<String> bindings() {
        return List.of("commonstest.effect.*");
    }

    @Override
    public void handle(CloudEvent event) {
        if (failing) {
            throw new IllegalStateException("downstream unavailable");
        }
        entityManager
                .createNativeQuery("insert into test_effect (event_id, applied) values (:id, 1)"
                        + " on conflict (event_id) do update set applied = test_effect.applied + 1")
                .setParameter("id", event.id())
                .executeUpdate();
    }
}
