package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One addressee of an exchange request and where it is with it. */
@Embeddable
public class RequestRecipient {

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientStatus status = RecipientStatus.SENT;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "declined_reason")
    public String declinedReason;

    /** When the sender and this recipient were told it let the due date pass (once). */
    @Column(name = "overdue_reported_at")
    public Instant overdueReportedAt;
}
