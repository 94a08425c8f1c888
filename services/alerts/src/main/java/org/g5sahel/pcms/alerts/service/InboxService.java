package org.g5sahel.pcms.alerts.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.repository.InboxRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;

/**
 * The agency inbox: list, unread count, acknowledgement; and the escalation of IMMEDIATE alerts nobody acknowledged in
 * time to the recipient State's national unit.
 */
@ApplicationScoped
public class InboxService {

    private final InboxRepository inbox;
    private final FanOut fanOut;
    private final AuditLog auditLog;
    private final AlertsConfig config;
    private final Clock clock;

    public InboxService(InboxRepository inbox, FanOut fanOut, AuditLog auditLog, AlertsConfig config, Clock clock) {
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.auditLog = auditLog;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<InboxItem> list(Caller caller, boolean unreadOnly, String afterSortKey, int fetch) {
        List<InboxItem> items = inbox.inbox(caller, unreadOnly, afterSortKey, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                items.stream().map(InboxService::audited).toList(),
                null);
        return items;
    }

    /** An inbox item is audited as the record it is about, named by the item's own title. */
    static AuditedRecord audited(InboxItem item) {
        return AuditedRecord.of(item.sourceType, item.sourceId, item.sovereignty, null, item.title);
    }

    @Transactional
    public long unread(Caller caller) {
        return inbox.unread(caller);
    }

    /** Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public InboxItem acknowledge(Caller caller, UUID id) {
        InboxItem item = inbox.findOwn(caller, id).orElseThrow(ProblemException::notFound);
        if (item.acknowledgedAt == null) {
            // PostgreSQL keeps microseconds: the answer shows what every later read will show.
            item.acknowledgedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            item.acknowledgedBy = caller.username();
        }
        return item;
    }

    @Scheduled(
            every = "${pcms.alerts.escalation.interval}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateOnSchedule() {
        escalateOverdue();
    }

    /**
     * IMMEDIATE alert notifications not acknowledged within the configured time: the recipient State's national unit
     * is notified (once), with the alert's own distribution.
     *
     * @return how many were escalated
     */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<InboxItem> overdue =
                inbox.overdueImmediate(now.minus(config.escalation().immediateAcknowledgeWithin()));
        for (InboxItem item : overdue) {
            item.escalatedAt = now;
            String nationalUnit =
                    item.recipientState + "-" + config.escalation().nationalUnitSuffix();
            if (nationalUnit.equals(item.recipientAgency)) {
                // The national unit itself left it unacknowledged: there is nobody above it in the State to tell.
                continue;
            }
            fanOut.deliver(
                    nationalUnit,
                    item.recipientState,
                    InboxItem.Kind.ALERT_ESCALATED,
                    item.sourceType,
                    item.sourceId,
                    item.sourceRevision,
                    "Not acknowledged by " + item.recipientAgency + ": " + item.title,
                    item.summary,
                    item.urgency,
                    item.id,
                    item.sovereignty,
                    item.capStatus);
        }
        return overdue.size();
    }
}
