package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One screening run (a flight or cargo manifest): who, where, why, how many items and hits. */
@Entity
@Table(name = "screening")
public class Screening {

    public enum Kind {
        TRAVELLERS,
        CARGO
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false)
    public String purpose;

    public String location;

    /** The flight, voyage or case reference the screener quotes. */
    public String reference;

    @Column(nullable = false)
    public int items;

    @Column(nullable = false)
    public int hits;

    @Column(name = "actor_username", nullable = false, updatable = false)
    public String actorUsername;

    @Column(name = "actor_state", nullable = false, updatable = false)
    public String actorState;

    @Column(name = "actor_agency", nullable = false, updatable = false)
    public String actorAgency;

    @Column(name = "screened_at", nullable = false, updatable = false)
    public Instant screenedAt;
}
