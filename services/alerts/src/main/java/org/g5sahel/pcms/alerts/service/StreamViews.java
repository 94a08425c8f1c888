package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.repository.AlertRepository;
import org.g5sahel.pcms.alerts.repository.InboxRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * What a stream connection may show of an alert that just went out or an item just delivered: the alert if visible
 * to its caller, the item if it is in the caller's own agency's inbox and still visible (both audited like reads).
 */
@ApplicationScoped
public class StreamViews {

    private final AlertRepository alerts;
    private final InboxRepository inbox;
    private final AuditLog auditLog;

    public StreamViews(AlertRepository alerts, InboxRepository inbox, AuditLog auditLog) {
        this.alerts = alerts;
        this.inbox = inbox;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<AlertView> visible(Caller caller, UUID id) {
        return alerts.findForCaller(caller, id).map(alert -> {
            auditLog.recordReads(caller, AuditAction.READ, List.of(AlertService.audited(alert)), "live stream");
            return AlertView.of(alert);
        });
    }

    /** {@code view}: what the stream shows of the item, built while it is read. */
    @Transactional
    public <T> Optional<T> ownItem(Caller caller, UUID id, Function<InboxItem, T> view) {
        return inbox.findOwn(caller, id).map(item -> {
            auditLog.recordReads(caller, AuditAction.READ, List.of(InboxService.audited(item)), "live stream");
            return view.apply(item);
        });
    }
}
