package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The requesting FIU passing a reply on to a law-enforcement agency, under the answering FIU's consent. */
@Entity
@Immutable
@Table(name = "fiu_request_dissemination")
public class FiuRequestDissemination {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "disseminated_by", nullable = false)
    public String disseminatedBy;

    @Column(name = "disseminated_at", nullable = false)
    public Instant disseminatedAt;
}
