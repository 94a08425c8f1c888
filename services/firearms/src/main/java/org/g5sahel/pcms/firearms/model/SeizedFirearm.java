package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One firearm of a seizure, and the record of another State it matched if any: a licit record (a diversion) or one
 * reported lost or stolen (a recovered hit). What a reader of the seizure may learn of that record is only what a hit
 * reveals, and only when the record is discoverable.
 */
@Embeddable
public class SeizedFirearm {

    @Column(name = "firearm_id", nullable = false)
    public UUID firearmId;

    /** Whether the seizure created the record (an unknown firearm) rather than pointing at an existing one. */
    @Column(name = "newly_registered", nullable = false)
    public boolean newlyRegistered;

    @Column(name = "matched_firearm_id")
    public UUID matchedFirearmId;

    @Column(name = "matched_owner_state")
    public String matchedOwnerState;

    @Column(name = "matched_owner_agency")
    public String matchedOwnerAgency;

    @Column(name = "matched_discoverable")
    public Boolean matchedDiscoverable;

    /** LOST or STOLEN when the matched record was reported so; null for a licit record. */
    @Enumerated(EnumType.STRING)
    @Column(name = "matched_status")
    public FirearmStatus matchedStatus;

    /** Since when the matched record was reported lost or stolen. */
    @Column(name = "matched_reported_on")
    public LocalDate matchedReportedOn;

    protected SeizedFirearm() {}

    public SeizedFirearm(UUID firearmId, boolean newlyRegistered) {
        this.firearmId = firearmId;
        this.newlyRegistered = newlyRegistered;
    }

    public void matched(Firearm record, LocalDate reportedMissingOn) {
        matchedFirearmId = record.id;
        matchedOwnerState = record.sovereignty.ownerState();
        matchedOwnerAgency = record.sovereignty.ownerAgency();
        matchedDiscoverable = record.sovereignty.discoverable();
        if (FirearmStatus.REPORTED_MISSING.contains(record.status)) {
            matchedStatus = record.status;
            matchedReportedOn = reportedMissingOn;
        }
    }
}
