package org.g5sahel.pcms.commons.correlation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code <service>.identifiers.published}: a record's strong identifiers as its holder now has them,
 * keyed, for the platform's correlation index (the cases service). Each event replaces what the record published
 * before; the envelope names the record's owner. Never a clear value: the hint is the owner's own, shown back to it
 * alone.
 *
 * @param recordType   the kind of record, as the holder's audit names it ({@code case}, {@code watchlist-entry} …)
 * @param recordId     the record's id: what an access request to its holder quotes
 * @param reference    the record's reference, which the other side of a match is told
 * @param discoverable whether a match may reveal that the record exists (DESIGN §2 rule 3)
 * @param withdrawn    whether the record left correlation (archived, deactivated, deleted): it matches nothing more
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedIdentifiers(
        String recordType,
        UUID recordId,
        String reference,
        boolean discoverable,
        boolean withdrawn,
        List<Identifier> identifiers) {

    public PublishedIdentifiers {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /**
     * One keyed identifier of one item of the record (a case's subject, a report's account, or the record itself).
     *
     * @param itemType its kind of item ({@code subject}, {@code account} …), for its owner's explanation
     * @param label    {@link IdentifierKeys.Keyed#label()}
     * @param hint     {@link IdentifierKeys.Keyed#hint()}
     * @param word     {@link IdentifierKeys.Keyed#word()}: null but for {@link IdentifierKind#NAME_AND_BIRTH_DATE}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifier(
            UUID itemId,
            String itemType,
            IdentifierKind kind,
            String keyedHash,
            String label,
            String hint,
            Integer word) {

        public static Identifier of(UUID itemId, String itemType, IdentifierKeys.Keyed keyed) {
            return new Identifier(
                    itemId, itemType, keyed.kind(), keyed.keyedHash(), keyed.label(), keyed.hint(), keyed.word());
        }
    }
}
