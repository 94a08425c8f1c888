package org.g5sahel.pcms.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Webhook;

/** Partner webhooks: each partner agency manages its own. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public List<Webhook> ofAgency(String agency) {
        return list("agency", Sort.by("createdAt").and("id"), agency);
    }

    public List<Webhook> active() {
        return list("active", Sort.by("createdAt").and("id"), true);
    }
}
