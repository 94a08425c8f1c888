package org.g5sahel.pcms.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.WebhookDelivery;
import org.hibernate.jpa.SpecHints;

/** The durable queue of webhook deliveries. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Due deliveries, locked so that two workers (two replicas) never send the same one; locked rows are skipped. */
    public List<WebhookDelivery> lockDue(Instant now, int limit) {
        return find(
                        "status = ?1 and nextAttemptAt <= ?2",
                        Sort.by("nextAttemptAt").and("id"),
                        WebhookDelivery.Status.PENDING,
                        now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, limit)
                .list();
    }

    public List<WebhookDelivery> ofWebhook(UUID webhookId) {
        return list("webhookId", Sort.by("createdAt").and("id"), webhookId);
    }
}
