package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The owning FIU's act of disseminating a report to law enforcement, with its purpose. */
@Entity
@Table(name = "report_dissemination")
public class ReportDissemination {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    public UUID reportId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> recipients = new ArrayList<>();

    @Column(nullable = false)
    public String purpose;

    @Column(name = "disseminated_by", nullable = false)
    public String disseminatedBy;

    @Column(name = "disseminated_at", nullable = false)
    public Instant disseminatedAt;
}
