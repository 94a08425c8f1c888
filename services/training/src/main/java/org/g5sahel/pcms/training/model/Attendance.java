package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One participant on one day. Not a sovereign record of its own: read only through its visible nomination. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The composite key (nomination, day) as JPA wants it. */
    public static class Key implements Serializable {
        public UUID nominationId;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(nominationId, key.nominationId)
                    && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nominationId, day);
        }
    }
}
