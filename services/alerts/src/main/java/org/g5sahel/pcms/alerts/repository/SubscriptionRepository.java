package org.g5sahel.pcms.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Subscription;

/** Subscriptions belong to an agency and are only ever read by it (and by the fan-out). */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> ofAgency(String agency) {
        return list("agency", Sort.by("createdAt").and("id"), agency);
    }
}
