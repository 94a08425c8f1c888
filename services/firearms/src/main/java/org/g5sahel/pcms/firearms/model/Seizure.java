package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/** A seizure of firearms by an agency: owned by the seizing agency, which decides who sees the case. */
@Entity
@Table(name = "seizure")
public class Seizure {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "seized_on", nullable = false)
    public LocalDate seizedOn;

    @Column(nullable = false)
    public String place;

    @Column(name = "case_reference")
    public String caseReference;

    public String circumstances;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seizure_item", joinColumns = @JoinColumn(name = "seizure_id"))
    @OrderColumn(name = "position")
    public List<SeizedFirearm> items = new ArrayList<>();

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
