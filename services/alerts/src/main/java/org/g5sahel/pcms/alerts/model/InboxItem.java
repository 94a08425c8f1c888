package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * A notification in an agency's inbox. It carries the distribution of the record it is about, so reading the inbox
 * goes through the same visibility predicate as reading the record: a notification never reaches further than its
 * source.
 */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    public enum Kind {
        ALERT_ISSUED,
        ALERT_UPDATED,
        ALERT_CANCELLED,
        ALERT_ESCALATED,
        NOTICE_PUBLISHED,
        DIFFUSION_RECEIVED,
        WATCHLIST_HIT,
        FIREARM_STOLEN,
        FIREARM_LOST,
        FIREARM_DIVERSION,
        FIREARM_RECOVERED,
        SANCTIONS_HIT,
        CASE_CORRELATION,
        REGISTRY_MATCH,
        ENUMERATION_SUSPECTED,
        REQUEST_RECEIVED,
        REQUEST_ANSWERED,
        REQUEST_DECLINED,
        REQUEST_OVERDUE,
        REQUEST_ATTACHMENT,
        ACCESS_REQUESTED,
        ACCESS_GRANTED,
        ACCESS_DECLINED,
        ACCESS_ENDED,
        /** One of the agency's records nears its review date (retention review). */
        REVIEW_DUE,
        /** One of the agency's records passed its review date: hidden from everyone else until re-confirmed. */
        REVIEW_OVERDUE
    }

    @Id
    public UUID id;

    @Column(name = "recipient_agency", nullable = false, updatable = false)
    public String recipientAgency;

    @Column(name = "recipient_state", nullable = false, updatable = false)
    public String recipientState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "source_type", nullable = false, updatable = false)
    public String sourceType;

    @Column(name = "source_id", nullable = false, updatable = false)
    public String sourceId;

    @Column(name = "source_revision", nullable = false, updatable = false)
    public int sourceRevision;

    @Column(nullable = false)
    public String title;

    public String summary;

    /** The CAP urgency of an alert notification: IMMEDIATE ones are escalated when not acknowledged in time. */
    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /** For an alert notification, CAP's status: an Exercise or a Test says so and is never escalated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cap_status")
    public CapStatus capStatus;

    /** For an escalation: the unacknowledged notification it is about. */
    @Column(name = "escalation_of")
    public UUID escalationOf;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "delivered_at", nullable = false, updatable = false)
    public Instant deliveredAt;

    @Column(name = "sort_key", nullable = false, updatable = false)
    public String sortKey;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;
}
