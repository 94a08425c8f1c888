package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One step of a firearm's append-only status history: who, when, why, where. Readable through its firearm only. */
@Entity
@Immutable
@Table(name = "firearm_status_change")
public class StatusChange {

    @Id
    public UUID id;

    /** Order of appending, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "firearm_id", nullable = false)
    public UUID firearmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public FirearmStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public FirearmStatus toStatus;

    /** When the event happened (a theft discovered today may have happened last week). */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String place;

    public String reason;

    /** The finding by another State this change answers (the owner recording a recovery, return or destruction). */
    @Column(name = "recovered_hit_id")
    public UUID recoveredHitId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_state", nullable = false)
    public String changedByState;

    @Column(name = "changed_by_agency", nullable = false)
    public String changedByAgency;
}
