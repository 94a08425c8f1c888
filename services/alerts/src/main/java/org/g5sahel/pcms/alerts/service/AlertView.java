package org.g5sahel.pcms.alerts.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.AlertStatus;
import org.g5sahel.pcms.alerts.model.CapMessage;
import org.g5sahel.pcms.alerts.model.CapSignature;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.Certainty;
import org.g5sahel.pcms.alerts.model.IssuedMessage;
import org.g5sahel.pcms.alerts.model.Severity;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

/**
 * An alert as clients read it, and as the {@code alerts.alert.*} events and partner webhooks carry it. {@code capStatus}
 * says whether it is real (Actual) or an Exercise, a Test…; an imported alert carries the message as received
 * ({@code capReceived}, every info block with its own areas) and what its signature proved ({@code signature}).
 */
public record AlertView(
        UUID id,
        String reference,
        AlertStatus status,
        CapStatus capStatus,
        Alert.MsgType msgType,
        int revision,
        List<String> categories,
        String event,
        Urgency urgency,
        Severity severity,
        Certainty certainty,
        Instant effective,
        Instant expires,
        List<AlertInfo> infos,
        List<AlertArea> areas,
        String author,
        String approver,
        String rejectionReason,
        Instant issuedAt,
        List<IssuedMessage> issuedMessages,
        String importedFrom,
        String capIdentifier,
        CapMessage capReceived,
        CapSignature signature,
        SovereigntyView sharing,
        long version) {

    public static AlertView of(Alert alert) {
        return new AlertView(
                alert.id,
                alert.reference,
                alert.status,
                alert.capStatus,
                alert.msgType,
                alert.revision,
                List.copyOf(alert.categories),
                alert.event,
                alert.urgency,
                alert.severity,
                alert.certainty,
                alert.effective,
                alert.expires,
                List.copyOf(alert.infos),
                List.copyOf(alert.areas),
                alert.authorUsername,
                alert.approverUsername,
                alert.rejectionReason,
                alert.issuedAt,
                List.copyOf(alert.issuedMessages),
                alert.importedFrom,
                alert.capIdentifier,
                alert.capReceived,
                alert.capSignature,
                SovereigntyView.of(alert.sovereignty),
                alert.version);
    }
}
