package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One alert revision to deliver to one webhook: durable, retried with back-off, dead after the last attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING,
        DELIVERED,
        DEAD
    }

    @Id
    public UUID id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    public UUID webhookId;

    @Column(name = "alert_id", nullable = false, updatable = false)
    public UUID alertId;

    @Column(name = "alert_revision", nullable = false, updatable = false)
    public int alertRevision;

    /** The exact bytes signed and sent, fixed at fan-out so that every retry sends the same message. */
    @Column(nullable = false, updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
