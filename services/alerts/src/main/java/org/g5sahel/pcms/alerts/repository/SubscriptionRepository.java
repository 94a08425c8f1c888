package org.g5sahel.pcms.alerts.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.Subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Subscriptions belong to an agency and are only ever read by it (and by the fan-out). */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> ofAgency(String agency) {
        return list("agency", Sort.by("createdAt").and("id"), agency);
    }
}
