package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A record of any service in the correlation index, as its holder last published it
 * ({@code <service>.identifiers.published}): its kind, reference and owner, nothing of its content.
 */
@Entity
@Table(name = "registry_record")
@IdClass(RegistryRecord.Key.class)
public class RegistryRecord {

    /** A record is named by its holding service and its id. */
    public static class Key implements Serializable {
        public String service;
        public UUID recordId;

        public Key() {}

        public Key(String service, UUID recordId) {
            this.service = service;
            this.recordId = recordId;
        }

        /** The pair's order: byte order of {@code service:recordId}, PostgreSQL's {@code collate "C"} too. */
        public String sortKey() {
            return service + ":" + recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(service, key.service)
                    && Objects.equals(recordId, key.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, recordId);
        }
    }

    @Id
    public String service;

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(nullable = false)
    public String reference;

    @Column(name = "owner_state", nullable = false)
    public String ownerState;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    @Column(nullable = false)
    public boolean discoverable;

    /** Archived, deactivated or deleted by its holder: it matches nothing more. */
    @Column(nullable = false)
    public boolean withdrawn;

    /** When the holder published what is stored: an older event arriving late changes nothing. */
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public Key key() {
        return new Key(service, recordId);
    }
}
