package org.g5sahel.pcms.alerts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.cap.AreaGeometry;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Subscription;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.alerts.model.Webhook;
import org.g5sahel.pcms.alerts.model.WebhookDelivery;
import org.g5sahel.pcms.alerts.repository.AlertRepository;
import org.g5sahel.pcms.alerts.repository.InboxRepository;
import org.g5sahel.pcms.alerts.repository.SubscriptionRepository;
import org.g5sahel.pcms.alerts.repository.WebhookDeliveryRepository;
import org.g5sahel.pcms.alerts.repository.WebhookRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Delivery of an alert that went out (issue, update, cancellation), in the same transaction as the change: one inbox
 * copy per subscribing agency that the alert's distribution includes (never more than one per revision: a unique key),
 * the live stream after commit, and for PARTNERS alerts a durable webhook delivery per entitled partner endpoint.
 */
@ApplicationScoped
public class FanOut {

    private final SubscriptionRepository subscriptions;
    private final AlertRepository alerts;
    private final WebhookRepository webhooks;
    private final AlertStream stream;
    private final InboxRepository inbox;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public FanOut(
            SubscriptionRepository subscriptions,
            AlertRepository alerts,
            WebhookRepository webhooks,
            AlertStream stream,
            InboxRepository inbox,
            WebhookDeliveryRepository deliveries,
            ObjectMapper objectMapper,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.stream = stream;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** @return the agencies that received a copy */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> alertPublished(Alert alert) {
        Map<String, String> recipients = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.listAll()) {
            if (!recipients.containsKey(subscription.agency)
                    && matches(subscription, alert)
                    && alerts.visibleTo(
                            Sovereignties.agencyAsCaller(subscription.agency, subscription.state), alert.id)) {
                recipients.put(subscription.agency, subscription.state);
            }
        }
        InboxItem.Kind kind = switch (alert.msgType) {
            case Update -> InboxItem.Kind.ALERT_UPDATED;
            case Cancel -> InboxItem.Kind.ALERT_CANCELLED;
            case Alert, Ack, Error -> InboxItem.Kind.ALERT_ISSUED;
        };
        String headline =
                alert.infos.isEmpty() ? alert.event : alert.infos.get(0).headline();
        String summary = alert.infos.isEmpty() ? null : alert.infos.get(0).description();
        // What is not real says so first, wherever the title is shown.
        String title = (alert.capStatus.isActual() ? "" : "[" + alert.capStatus + "] ") + "[" + alert.reference + "] "
                + headline;
        recipients.forEach((agency, state) -> deliver(
                agency,
                state,
                kind,
                "alert",
                alert.id.toString(),
                alert.revision,
                title,
                summary,
                alert.urgency,
                null,
                alert.sovereignty,
                alert.capStatus));
        if (alert.sovereignty.distribution() == Distribution.PARTNERS) {
            queueWebhooks(alert);
        }
        stream.afterCommit(alert.id);
        return List.copyOf(recipients.keySet());
    }

    /**
     * Puts one notification in an agency's inbox, carrying the source record's sovereignty. The same source, revision,
     * kind and recipient is written once only, however often this is called (a unique key backs the check).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deliver(
            String recipientAgency,
            String recipientState,
            InboxItem.Kind kind,
            String sourceType,
            String sourceId,
            int sourceRevision,
            String title,
            String summary,
            Urgency urgency,
            UUID escalationOf,
            Sovereignty sovereignty) {
        return deliver(
                recipientAgency,
                recipientState,
                kind,
                sourceType,
                sourceId,
                sourceRevision,
                title,
                summary,
                urgency,
                escalationOf,
                sovereignty,
                null);
    }

    /** {@link #deliver} for an alert notification, which carries the alert's CAP status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deliver(
            String recipientAgency,
            String recipientState,
            InboxItem.Kind kind,
            String sourceType,
            String sourceId,
            int sourceRevision,
            String title,
            String summary,
            Urgency urgency,
            UUID escalationOf,
            Sovereignty sovereignty,
            CapStatus capStatus) {
        if (inbox.alreadyDelivered(sourceType, sourceId, sourceRevision, kind, recipientAgency)) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.recipientAgency = recipientAgency;
        item.recipientState = recipientState;
        item.kind = kind;
        item.sourceType = sourceType;
        item.sourceId = sourceId;
        item.sourceRevision = sourceRevision;
        item.title = truncate(title, 500);
        item.summary = truncate(summary, 2000);
        item.urgency = urgency;
        item.capStatus = capStatus;
        item.escalationOf = escalationOf;
        item.deliveredAt = now;
        item.sortKey = now + "|" + item.id;
        item.sovereignty = Sovereignties.copyOf(sovereignty, LocalDate.ofInstant(now, ZoneOffset.UTC));
        inbox.persist(item);
        stream.deliveredAfterCommit(item.id, recipientAgency);
        return true;
    }

    private void queueWebhooks(Alert alert) {
        String payload;
        try {
            payload = objectMapper.writeValueAsString(AlertView.of(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Alert cannot be serialised for partners", e);
        }
        Instant now = clock.instant();
        for (Webhook webhook : webhooks.active()) {
            Caller partner = Sovereignties.agencyAsCaller(webhook.agency, webhook.partner);
            if (!alerts.visibleTo(partner, alert.id)
                    || deliveries.count(
                                    "webhookId = ?1 and alertId = ?2 and alertRevision = ?3",
                                    webhook.id,
                                    alert.id,
                                    alert.revision)
                            > 0) {
                continue;
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhookId = webhook.id;
            delivery.alertId = alert.id;
            delivery.alertRevision = alert.revision;
            delivery.payload = payload;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            deliveries.persist(delivery);
        }
    }

    /** Empty criteria match everything; a non-empty one must match. */
    static boolean matches(Subscription subscription, Alert alert) {
        if (!subscription.categories.isEmpty()
                && subscription.categories.stream().noneMatch(alert.categories::contains)) {
            return false;
        }
        if (!subscription.events.isEmpty()
                && subscription.events.stream()
                        .noneMatch(event ->
                                event.equalsIgnoreCase(alert.event.strip().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        boolean byName = !subscription.areaCodes.isEmpty();
        boolean byCircle =
                subscription.radiusKm != null && subscription.centerLat != null && subscription.centerLon != null;
        if (!byName && !byCircle) {
            return true;
        }
        for (AlertArea area : alert.areas) {
            if (byName
                    && area.geocodes().stream()
                            .anyMatch(code -> subscription.areaCodes.stream()
                                    .anyMatch(wanted -> wanted.equalsIgnoreCase(code.value())))) {
                return true;
            }
            if (byCircle
                    && AreaGeometry.meetsCircle(
                            area, subscription.centerLat, subscription.centerLon, subscription.radiusKm)) {
                return true;
            }
        }
        return false;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
