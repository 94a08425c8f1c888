package org.g5sahel.pcms.firearms.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One firearm of a seizure, and the licit record of another State it matched if any (a diversion). What a reader of
 * the seizure may learn of that record is only what a hit reveals, and only when the record is discoverable.
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

    protected SeizedFirearm() {
    }

    public SeizedFirearm(UUID firearmId, boolean newlyRegistered) {
        this.firearmId = firearmId;
        this.newlyRegistered = newlyRegistered;
    }

    public void matched(Firearm licitRecord) {
        matchedFirearmId = licitRecord.id;
        matchedOwnerState = licitRecord.sovereignty.ownerState();
        matchedOwnerAgency = licitRecord.sovereignty.ownerAgency();
        matchedDiscoverable = licitRecord.sovereignty.discoverable();
    }
}
