package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a case; never changed once written. */
@Entity
@Table(name = "case_timeline_entry")
public class TimelineEntry {

    public enum Kind {
        CREATED,
        UPDATED,
        STATUS_CHANGED,
        SHARING_CHANGED,
        LINKED,
        SUBJECT_ADDED,
        IDENTITY_RELEASED,
        REQUEST_SENT,
        REQUEST_ACKNOWLEDGED,
        REQUEST_ANSWERED,
        REQUEST_DECLINED,
        REPLY_RECEIVED,
        JOINT_TEAM_STARTED,
        JOINT_TEAM_ENDED,
        DELIVERY_PLANNED,
        DELIVERY_LEG_AUTHORISED,
        DELIVERY_STARTED,
        DELIVERY_CONCLUDED,
        CORRELATION_HIT,
        POSSIBLE_MATCH,
        ACCESS_REQUESTED,
        ACCESS_GRANTED,
        ACCESS_DECLINED,
        ACCESS_ENDED
    }

    /** The kinds of record an entry may name besides its case; each is shown only to who may see that record. */
    public enum RelatedKind {
        CASE,
        REQUEST,
        ACCESS_REQUEST
    }

    @Id
    public UUID id;

    /** Write order, which is the display order (several entries may share an instant). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "actor_agency", nullable = false, updatable = false)
    public String actorAgency;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false)
    public String detail;

    /** The other record {@code detail} names, if any: the entry is shown only to readers who may see it. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "related_kind", updatable = false)
    public RelatedKind relatedKind;

    @Column(name = "related_id", updatable = false)
    public UUID relatedId;

    /**
     * Written before entries named their related record by id: its free text may name a record the reader may not
     * see, so only the case's owning agency is shown it.
     */
    @Column(name = "owner_only", nullable = false, updatable = false)
    public boolean ownerOnly;
}
