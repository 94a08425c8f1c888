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
import org.g5sahel.pcms.commons.correlation.IdentifierKind;

/**
 * One keyed identifier of one item of an indexed record: matchable across services and States, never reversible. The
 * label and hint are for the record's owner's own explanation of a match.
 */
@Entity
@Table(name = "registry_identifier")
@IdClass(RegistryIdentifier.Key.class)
public class RegistryIdentifier {

    public static class Key implements Serializable {
        public String service;
        public UUID recordId;
        public UUID itemId;
        public IdentifierKind kind;
        public String keyedHash;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(service, key.service)
                    && Objects.equals(recordId, key.recordId)
                    && Objects.equals(itemId, key.itemId)
                    && kind == key.kind
                    && Objects.equals(keyedHash, key.keyedHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, recordId, itemId, kind, keyedHash);
        }
    }

    @Id
    public String service;

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    /** The subject, account, entry… of the record that holds the identifier. */
    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Id
    @Enumerated(EnumType.STRING)
    public IdentifierKind kind;

    @Id
    @Column(name = "keyed_hash")
    public String keyedHash;

    @Column(name = "item_type", nullable = false)
    public String itemType;

    @Column(nullable = false)
    public String label;

    public String hint;

    /**
     * For a name with date of birth, which word of which name the key comes from
     * ({@code IdentifierKeys.WORDS_PER_NAME}); null for other kinds.
     */
    public Integer word;
}
