package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to an exchange request by its sender or a recipient; stored in the database with the request. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_agency", nullable = false, updatable = false)
    public String uploadedAgency;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;
}
