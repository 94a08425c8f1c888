package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;

/**
 * An immersion placement: an officer of one State hosted by an agency of another, which must accept. Owned by the
 * proposing coordinator's agency and shared with the host agency.
 */
@Entity
@Table(name = "placement")
public class Placement extends SovereignRecord {

    @Id
    public UUID id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Column(name = "officer_name", nullable = false)
    public String officerName;

    @Column(name = "officer_agency", nullable = false)
    public String officerAgency;

    @Column(name = "officer_state", nullable = false)
    public String officerState;

    @Column(name = "host_agency", nullable = false, updatable = false)
    public String hostAgency;

    @Column(name = "host_state", nullable = false, updatable = false)
    public String hostState;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public String objectives;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlacementStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;
}
