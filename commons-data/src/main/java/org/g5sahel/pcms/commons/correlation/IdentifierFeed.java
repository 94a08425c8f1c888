package org.g5sahel.pcms.commons.correlation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Publishes a record's keyed identifiers to the correlation index, through the outbox in the caller's transaction:
 * event {@code <service>.identifiers.published} ({@link PublishedIdentifiers}) when the record is created, when its
 * identifiers or its discoverability change, and when it leaves correlation. The event is addressed to the record's
 * owning agency alone (distribution {@code AGENCY}, rule 7): only the index, which reads it whatever its envelope,
 * ever acts on it.
 */
@ApplicationScoped
public class IdentifierFeed {

    public static final String ENTITY = "identifiers";
    public static final String EVENT = "published";

    private final Outbox outbox;

    public IdentifierFeed(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The identifiers of a record's items, gathered without repeats. */
    public static final class Items {
        private final Set<PublishedIdentifiers.Identifier> identifiers = new LinkedHashSet<>();

        /** Adds the item's identifier if it is strong enough to have a key. */
        public Items add(UUID itemId, String itemType, Optional<IdentifierKeys.Keyed> keyed) {
            keyed.ifPresent(key -> identifiers.add(PublishedIdentifiers.Identifier.of(itemId, itemType, key)));
            return this;
        }

        /** Adds the item's keyed names with date of birth ({@link IdentifierKeys#nameAndBirthDate}). */
        public Items addAll(UUID itemId, String itemType, List<IdentifierKeys.Keyed> keyed) {
            keyed.forEach(key -> identifiers.add(PublishedIdentifiers.Identifier.of(itemId, itemType, key)));
            return this;
        }

        public List<PublishedIdentifiers.Identifier> list() {
            return new ArrayList<>(identifiers);
        }
    }

    /** The record's identifiers as they now stand: all of them, replacing what it published before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String recordType, UUID recordId, String reference, Sovereignty sovereignty, Items items) {
        send(
                new PublishedIdentifiers(
                        recordType, recordId, reference, sovereignty.discoverable(), false, items.list()),
                sovereignty);
    }

    /** The record left correlation (archived, deactivated, deleted): it matches nothing from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(String recordType, UUID recordId, String reference, Sovereignty sovereignty) {
        send(
                new PublishedIdentifiers(recordType, recordId, reference, sovereignty.discoverable(), true, List.of()),
                sovereignty);
    }

    private void send(PublishedIdentifiers published, Sovereignty sovereignty) {
        outbox.publish(
                ENTITY,
                EVENT,
                published.recordId(),
                Sovereignty.addressedTo(sovereignty.ownerState(), sovereignty.ownerAgency()),
                published);
    }
}
