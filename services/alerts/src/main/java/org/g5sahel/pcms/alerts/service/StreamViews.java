package org.g5sahel.pcms.alerts.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.g5sahel.pcms.alerts.repository.AlertRepository;
import org.g5sahel.pcms.alerts.rest.AlertView;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;

/** What a stream connection may show of an alert that just went out: the alert if visible to its caller (audited). */
@ApplicationScoped
public class StreamViews {

    private final AlertRepository alerts;
    private final AuditLog auditLog;

    public StreamViews(AlertRepository alerts, AuditLog auditLog) {
        this.alerts = alerts;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<AlertView> visible(Caller caller, UUID id) {
        return alerts.findForCaller(caller, id).map(alert -> {
            auditLog.recordReads(caller, AuditAction.READ, List.of(AlertService.audited(alert)), "live stream");
            return AlertView.of(alert);
        });
    }
}
