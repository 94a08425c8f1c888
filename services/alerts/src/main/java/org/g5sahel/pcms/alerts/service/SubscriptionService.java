package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.Subscription;
import org.g5sahel.pcms.alerts.repository.SubscriptionRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** An agency's subscriptions: created, listed and removed by its own members only. */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Transactional
    public List<Subscription> ofCaller(Caller caller) {
        return subscriptions.ofAgency(caller.agency());
    }

    @Transactional
    public Subscription get(Caller caller, UUID id) {
        return own(caller, id);
    }

    @Transactional
    public Subscription create(Caller caller, SubscriptionCommand request) {
        boolean anyCircle = request.centerLat() != null || request.centerLon() != null || request.radiusKm() != null;
        boolean fullCircle = request.centerLat() != null && request.centerLon() != null && request.radiusKm() != null;
        if (anyCircle && !fullCircle) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("radiusKm", "subscription.circle-incomplete")),
                    "validation-failed.detail",
                    1);
        }
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.agency = caller.agency();
        subscription.state = caller.state();
        subscription.name = request.name().strip();
        subscription.categories = new ArrayList<>(
                request.categories() == null
                        ? List.of()
                        : request.categories().stream()
                                .distinct()
                                .map(CapCategory::name)
                                .toList());
        subscription.events = new ArrayList<>(
                request.events() == null
                        ? List.of()
                        : request.events().stream()
                                .map(event -> event.strip().toLowerCase(Locale.ROOT))
                                .distinct()
                                .toList());
        subscription.areaCodes = new ArrayList<>(
                request.areaCodes() == null
                        ? List.of()
                        : request.areaCodes().stream()
                                .map(String::strip)
                                .distinct()
                                .toList());
        subscription.centerLat = request.centerLat();
        subscription.centerLon = request.centerLon();
        subscription.radiusKm = request.radiusKm();
        subscription.createdBy = caller.username();
        subscription.createdAt = clock.instant();
        subscriptions.persist(subscription);
        return subscription;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        subscriptions.delete(own(caller, id));
    }

    private Subscription own(Caller caller, UUID id) {
        return subscriptions
                .findByIdOptional(id)
                .filter(found -> found.agency.equals(caller.agency()))
                .orElseThrow(ProblemException::notFound);
    }
}
