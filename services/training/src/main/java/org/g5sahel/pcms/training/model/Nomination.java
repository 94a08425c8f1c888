package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;

/**
 * An officer (a directory contact) put forward for a session by the national coordinator of the officer's State. Owned
 * by the nominating agency and shared with the organising agency, which decides.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends SovereignRecord {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    /** As the directory named the officer when nominated: certificates carry this name. */
    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "nominee_agency", nullable = false)
    public String nomineeAgency;

    @Column(name = "nominee_state", nullable = false)
    public String nomineeState;

    public String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    /** Order on the wait list: a freed seat goes to the lowest. */
    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "assessment_score")
    public Integer assessmentScore;

    @Column(name = "assessment_passed")
    public Boolean assessmentPassed;

    /** Share of the session's days attended, set when the session is completed. */
    @Column(name = "attendance_rate")
    public BigDecimal attendanceRate;
}
