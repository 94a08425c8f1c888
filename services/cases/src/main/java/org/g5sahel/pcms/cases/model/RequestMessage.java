package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reply in a request's thread. A recipient's reply goes to the sender only; the sender's to the recipients it
 * names: one recipient never reads another's answer.
 */
@Entity
@Table(name = "request_message")
public class RequestMessage {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "author_username", nullable = false, updatable = false)
    public String authorUsername;

    @Column(name = "author_state", nullable = false, updatable = false)
    public String authorState;

    @Column(name = "author_agency", nullable = false, updatable = false)
    public String authorAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressed_to", nullable = false, updatable = false)
    public List<String> addressedTo = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code", nullable = false, updatable = false)
    public HandlingCode handlingCode;

    @Column(name = "handling_restriction", updatable = false)
    public String handlingRestriction;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", nullable = false, updatable = false)
    public SourceReliability sourceReliability;

    @Column(name = "information_accuracy", nullable = false, updatable = false)
    public int informationAccuracy;

    /** The recipient's answer to the request (its status becomes ANSWERED). */
    @Column(name = "final_answer", nullable = false, updatable = false)
    public boolean finalAnswer;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
