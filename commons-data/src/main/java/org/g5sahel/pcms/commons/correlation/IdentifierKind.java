package org.g5sahel.pcms.commons.correlation;

/**
 * The strong identifiers every holder publishes as keyed hashes for cross-registry correlation (DESIGN §2 rule 3). A
 * kind's name is part of what is hashed, so that a phone number and an account number made of the same digits never
 * meet. A person's names with a full date of birth are published too ({@link #NAME_AND_BIRTH_DATE}), but make only a
 * possible match, under a stricter rule.
 */
public enum IdentifierKind {
    /** The number of a passport, identity card or other identity or travel document, whatever its type. */
    DOCUMENT,
    /** A phone number or a mobile-money wallet, in E.164. */
    PHONE,
    /** A vehicle's registration plate, with its country. */
    VEHICLE_PLATE,
    /** A vehicle identification number. */
    VIN,
    /** A bank account's IBAN (ISO 13616, check digits verified). */
    IBAN,
    /** A bank account number that is no IBAN. */
    BANK_ACCOUNT,
    /** A firearm: its serial (normalised and folded) with its make's family. */
    FIREARM,
    /** A ship's IMO number (check digit verified). */
    IMO,
    /** A container's ISO 6346 number (check digit verified). */
    CONTAINER,
    /**
     * One blocking key of one word of a person's name (the matching module's {@code MatchKeys}, with their version)
     * with the full date of birth: {@link IdentifierKeys#nameAndBirthDate}. Not a strong identifier: two records are a
     * possible match only when keys of at least two different words of one name of each meet, with the date.
     */
    NAME_AND_BIRTH_DATE
}
