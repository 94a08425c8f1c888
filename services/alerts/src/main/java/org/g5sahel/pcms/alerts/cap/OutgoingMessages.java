package org.g5sahel.pcms.alerts.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.CapInfo;
import org.g5sahel.pcms.alerts.model.CapMessage;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.IssuedMessage;

/**
 * The CAP message the platform sends for an alert at its current revision. Each message the platform issues has its
 * own identifier and sent time and references every earlier one; an imported alert goes out with every element its
 * sender wrote (each info block as received) and references the received message (and what that one referenced).
 * What the platform adds and says it adds: its own identifier, sender and sent time, scope {@code Restricted} with its
 * distribution as the restriction, a {@code source} naming the feed when the sender gave none, and a cancellation's
 * reason as its {@code note}.
 */
public final class OutgoingMessages {

    private OutgoingMessages() {}

    /** The CAP sender of this platform's messages: the owning agency's address. */
    public static String sender(Alert alert) {
        return alert.sovereignty.ownerAgency().toLowerCase(Locale.ROOT) + "@pcms.g5sahel.org";
    }

    /** The identifier of the platform's message of a revision: the reference first, then {@code reference.revision}. */
    public static String identifier(Alert alert, int revision) {
        return revision <= 1 ? alert.reference : alert.reference + "." + revision;
    }

    public static CapMessage of(Alert alert) {
        String sender = sender(alert);
        List<IssuedMessage> issued = alert.issuedMessages;
        IssuedMessage current = issued.isEmpty() ? null : issued.get(issued.size() - 1);
        CapMessage received = alert.capReceived;
        List<String> references = new ArrayList<>();
        if (received != null) {
            references.addAll(received.references());
            references.add(received.extendedIdentifier());
        }
        for (IssuedMessage earlier : issued.subList(0, Math.max(0, issued.size() - 1))) {
            references.add(sender + "," + earlier.identifier() + "," + CapXml.capTime(earlier.sent()));
        }
        String note = alert.msgType == Alert.MsgType.Cancel && alert.rejectionReason != null
                ? alert.rejectionReason
                : received == null ? null : received.note();
        String source = received == null
                ? null
                : received.source() != null ? received.source() : "imported from " + alert.importedFrom;
        return new CapMessage(
                current == null ? alert.reference : current.identifier(),
                sender,
                CapXml.capTime(current == null ? alert.updatedAt : current.sent()),
                current == null ? CapStatus.Draft : alert.capStatus,
                alert.msgType,
                source,
                "Restricted",
                restriction(alert),
                received == null ? null : received.addresses(),
                received == null ? List.of() : received.codes(),
                note,
                references,
                received == null ? null : received.incidents(),
                received == null ? authoredInfos(alert) : received.infos());
    }

    private static String restriction(Alert alert) {
        return "PCMS distribution " + alert.sovereignty.distribution() + ", handling "
                + alert.sovereignty.handlingCode()
                + (alert.sovereignty.handlingRestriction() == null
                        ? ""
                        : ": " + alert.sovereignty.handlingRestriction());
    }

    /** The platform's own alert: one info block per language, each with the alert's event, values and areas. */
    private static List<CapInfo> authoredInfos(Alert alert) {
        List<String> categories = alert.categories.stream()
                .map(category -> CapCategory.valueOf(category).cap())
                .toList();
        List<CapInfo> infos = new ArrayList<>();
        for (AlertInfo text : alert.infos) {
            infos.add(new CapInfo(
                    text.language(),
                    categories,
                    alert.event,
                    List.of(),
                    alert.urgency.cap(),
                    alert.severity.cap(),
                    alert.certainty.cap(),
                    null,
                    List.of(),
                    alert.effective == null ? null : CapXml.capTime(alert.effective),
                    null,
                    alert.expires == null ? null : CapXml.capTime(alert.expires),
                    text.senderName() != null ? text.senderName() : alert.sovereignty.ownerAgency(),
                    text.headline(),
                    text.description(),
                    text.instruction(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    alert.areas));
        }
        return infos;
    }
}
