package org.g5sahel.pcms.aml.model;

/**
 * What a subject is to the report: the reported party, a party to one of its transactions, or a person named through
 * another subject (a director of an entity, a signatory of an account, the person who conducted a transaction).
 */
public enum SubjectRole {
    REPORTED_PARTY,
    SENDER,
    BENEFICIARY,
    ACCOUNT_HOLDER,
    /** Party to a multi-party transaction ({@code involved_parties}) neither paying nor paid: witness, broker … */
    TRANSACTION_PARTY,
    /** Director, manager, shareholder or beneficial owner of an entity ({@code director_id}, related persons). */
    DIRECTOR,
    /** Signatory of an account, or another person related to it, who does not hold it. */
    SIGNATORY,
    /** Person who conducted a transaction for its sender ({@code t_conductor}). */
    CONDUCTOR
}
