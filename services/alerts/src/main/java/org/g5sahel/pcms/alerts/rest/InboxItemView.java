package org.g5sahel.pcms.alerts.rest;

import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

/** A notification in an agency's inbox; {@code capStatus} says whether an alert is real or an exercise, a test… */
public record InboxItemView(
        UUID id,
        InboxItem.Kind kind,
        String sourceType,
        String sourceId,
        int sourceRevision,
        String title,
        String summary,
        Urgency urgency,
        CapStatus capStatus,
        UUID escalationOf,
        Instant deliveredAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        SovereigntyView sharing) {

    public static InboxItemView of(InboxItem item) {
        return new InboxItemView(
                item.id,
                item.kind,
                item.sourceType,
                item.sourceId,
                item.sourceRevision,
                item.title,
                item.summary,
                item.urgency,
                item.capStatus,
                item.escalationOf,
                item.deliveredAt,
                item.acknowledgedAt,
                item.acknowledgedBy,
                SovereigntyView.of(item.sovereignty));
    }
}
