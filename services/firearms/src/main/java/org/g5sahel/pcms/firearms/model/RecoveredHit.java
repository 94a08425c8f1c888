package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Another State came upon a firearm reported lost or stolen: through a seizure, a search or a trace request. It is
 * the finder's information (where, when, why), so it belongs to the finder's agency; it is shared with the record's
 * State, which is notified at once ({@code firearms.recovered.hit}) and records the outcome in the firearm's history.
 */
@Entity
@Table(name = "recovered_hit")
public class RecoveredHit {

    @Id
    public UUID id;

    @Column(name = "firearm_id", nullable = false, updatable = false)
    public UUID firearmId;

    @Column(name = "firearm_reference", nullable = false, updatable = false)
    public String firearmReference;

    @Column(name = "firearm_owner_state", nullable = false, updatable = false)
    public String firearmOwnerState;

    @Column(name = "firearm_owner_agency", nullable = false, updatable = false)
    public String firearmOwnerAgency;

    /** LOST or STOLEN, when it was found. */
    @Enumerated(EnumType.STRING)
    @Column(name = "firearm_status", nullable = false, updatable = false)
    public FirearmStatus firearmStatus;

    /** Since when the owner reported it lost or stolen. */
    @Column(name = "reported_on", updatable = false)
    public LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "found_through", nullable = false, updatable = false)
    public FoundThrough foundThrough;

    /** The seizure or trace request; none for a search. */
    @Column(name = "source_id", updatable = false)
    public UUID sourceId;

    @Column(name = "source_reference", updatable = false)
    public String sourceReference;

    /** What makes one finding: the seizure or trace request and firearm, or the searcher, firearm and day. */
    @Column(name = "finding_key", nullable = false, updatable = false)
    public String findingKey;

    @Column(name = "found_on", nullable = false, updatable = false)
    public LocalDate foundOn;

    @Column(updatable = false)
    public String place;

    @Column(updatable = false)
    public String purpose;

    @Column(name = "finder_username", nullable = false, updatable = false)
    public String finderUsername;

    @Column(name = "make_as_found", updatable = false)
    public String makeAsFound;

    @Column(name = "serial_as_found", nullable = false, updatable = false)
    public String serialAsFound;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
