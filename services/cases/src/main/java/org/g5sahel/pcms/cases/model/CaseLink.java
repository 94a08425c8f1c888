package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A link from one case to another the linking officer can also see. */
@Entity
@Table(name = "case_link")
@IdClass(CaseLink.Key.class)
public class CaseLink {

    public enum Relation {
        RELATED,
        SAME_NETWORK,
        SPLIT_FROM,
        MERGED_INTO
    }

    /** The composite key, as JPA wants it. */
    public static class Key implements Serializable {
        public UUID caseId;
        public UUID linkedCaseId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(caseId, key.caseId)
                    && java.util.Objects.equals(linkedCaseId, key.linkedCaseId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, linkedCaseId);
        }
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "linked_case_id")
    public UUID linkedCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relation relation;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
