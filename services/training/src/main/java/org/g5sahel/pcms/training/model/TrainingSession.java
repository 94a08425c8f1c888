package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dated run of a course, owned by the organising agency: its training manager decides on nominations. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends SovereignRecord {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    public UUID courseId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "host_state", nullable = false)
    public String hostState;

    @Column(name = "host_agency", nullable = false)
    public String hostAgency;

    @Column(nullable = false)
    public String venue;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> trainers = new ArrayList<>();

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public int capacity;

    /** Seats each State may fill with live nominations; a State absent from the map may nominate nobody. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> quotas = new TreeMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    /** Every calendar day of the session, first to last: the days attendance is taken on. */
    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    public int quotaOf(String state) {
        return quotas.getOrDefault(state, 0);
    }
}
