package org.g5sahel.pcms.alerts.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/** The agency's inbox: its own notifications, still within the source record's distribution. */
@ApplicationScoped
public class InboxRepository implements SovereignRepository<InboxItem, UUID> {

    public List<InboxItem> inbox(Caller caller, boolean unreadOnly, String afterSortKey, int fetch) {
        StringBuilder where = new StringBuilder("recipientAgency = :recipient");
        Parameters parameters = Parameters.with("recipient", caller.agency());
        if (unreadOnly) {
            where.append(" and acknowledgedAt is null");
        }
        if (afterSortKey != null) {
            where.append(" and sortKey < :after");
            parameters.and("after", afterSortKey);
        }
        return findVisible(caller, where.toString(), Sort.descending("sortKey"), parameters)
                .page(0, fetch)
                .list();
    }

    public long unread(Caller caller) {
        return countVisible(
                caller,
                "recipientAgency = :recipient and acknowledgedAt is null",
                Parameters.with("recipient", caller.agency()));
    }

    public Optional<InboxItem> findOwn(Caller caller, UUID id) {
        return findVisible(
                        caller,
                        "recipientAgency = :recipient and id = :id",
                        Sort.by("id"),
                        Parameters.with("recipient", caller.agency()).and("id", id))
                .firstResultOptional();
    }

    /** IMMEDIATE alert notifications delivered before {@code deadline}, never acknowledged nor escalated. */
    public List<InboxItem> overdueImmediate(Instant deadline) {
        return list(
                "urgency = ?1 and escalationOf is null and acknowledgedAt is null and escalatedAt is null"
                        + " and deliveredAt < ?2 and kind in (?3, ?4) and capStatus = ?5",
                Urgency.IMMEDIATE,
                deadline,
                InboxItem.Kind.ALERT_ISSUED,
                InboxItem.Kind.ALERT_UPDATED,
                CapStatus.Actual);
    }

    public boolean alreadyDelivered(
            String sourceType, String sourceId, int revision, InboxItem.Kind kind, String recipientAgency) {
        return count(
                        "sourceType = ?1 and sourceId = ?2 and sourceRevision = ?3 and kind = ?4 and recipientAgency = ?5",
                        sourceType,
                        sourceId,
                        revision,
                        kind,
                        recipientAgency)
                > 0;
    }
}
