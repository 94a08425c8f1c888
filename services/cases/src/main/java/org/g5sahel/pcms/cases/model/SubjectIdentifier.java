package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The keyed hash of one strong identifier of a subject: matchable across States, never reversible. */
@Entity
@Table(name = "subject_identifier")
@IdClass(SubjectIdentifier.Key.class)
public class SubjectIdentifier {

    /**
     * The identifiers strong enough for a cross-border hit. A name with a date of birth is not one: it makes a possible
     * match ({@code subject_match}), compared by the matching module.
     */
    public enum Kind {
        DOCUMENT,
        PHONE,
        VEHICLE_PLATE,
        VIN,
        ACCOUNT,
        FIREARM_SERIAL
    }

    public static class Key implements Serializable {
        public UUID subjectId;
        public Kind kind;
        public String keyedHash;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(subjectId, key.subjectId)
                    && kind == key.kind
                    && Objects.equals(keyedHash, key.keyedHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, kind, keyedHash);
        }
    }

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Id
    @Column(name = "keyed_hash")
    public String keyedHash;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "owner_state", nullable = false)
    public String ownerState;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;
}
