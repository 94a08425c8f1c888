package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * What the State owning a licit record is told when another State seizes that firearm: that its firearm was seized,
 * when and by which State and agency. It belongs to the seizing agency and is shared with the record's State only; the
 * seizure itself (place, case, circumstances) stays within its own distribution.
 */
@Entity
@Table(name = "diversion_notice")
public class DiversionNotice {

    @Id
    public UUID id;

    @Column(name = "seizure_id", nullable = false, updatable = false)
    public UUID seizureId;

    @Column(name = "seized_firearm_id", nullable = false, updatable = false)
    public UUID seizedFirearmId;

    @Column(name = "matched_firearm_id", nullable = false, updatable = false)
    public UUID matchedFirearmId;

    @Column(name = "matched_reference", nullable = false, updatable = false)
    public String matchedReference;

    @Column(name = "matched_owner_state", nullable = false, updatable = false)
    public String matchedOwnerState;

    @Column(name = "matched_owner_agency", nullable = false, updatable = false)
    public String matchedOwnerAgency;

    @Column(name = "seized_on", nullable = false, updatable = false)
    public LocalDate seizedOn;

    @Column(name = "serial_normalised", nullable = false, updatable = false)
    public String serialNormalised;

    @Column(nullable = false, updatable = false)
    public String make;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
