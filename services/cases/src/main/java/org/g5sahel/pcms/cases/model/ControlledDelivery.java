package org.g5sahel.pcms.cases.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A consignment let run under surveillance along a route of States. Each State on the route authorises its own leg;
 * the delivery starts only when every leg is authorised. Seen by the owning agency, by those who see the case and by
 * the States on the route (who see the delivery, not the case).
 */
@Entity
@Table(name = "controlled_delivery")
public class ControlledDelivery {

    public enum Status {
        PLANNED,
        IN_PROGRESS,
        CONCLUDED
    }

    public enum Outcome {
        SEIZED_AND_ARRESTED,
        SEIZED,
        LOST_TRACE,
        ABORTED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String consignment;

    @Column(name = "planned_start", nullable = false)
    public Instant plannedStart;

    @Column(name = "planned_end", nullable = false)
    public Instant plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PLANNED;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "route_states", nullable = false, updatable = false)
    public List<String> routeStates = new ArrayList<>();

    @Column(name = "started_at")
    public Instant startedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_detail")
    public String outcomeDetail;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "owner_state", nullable = false, updatable = false)
    public String ownerState;

    @Column(name = "owner_agency", nullable = false, updatable = false)
    public String ownerAgency;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_leg", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("position")
    public List<DeliveryLeg> legs = new ArrayList<>();

    @Version
    public long version;

    public boolean fullyAuthorised() {
        return legs.stream().allMatch(DeliveryLeg::isAuthorised);
    }
}
