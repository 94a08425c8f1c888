package org.g5sahel.pcms.aml.model;

/**
 * Kinds of report received from reporting entities: every {@code report_code} of the goAML 5 schema, plus the cash
 * transaction report that national deployments add.
 */
public enum ReportKind {
    /** Suspicious transaction report. */
    STR,
    /** Suspicious activity report (no transaction required). */
    SAR,
    /** Cash transaction report above the legal threshold (national goAML deployments). */
    CTR,
    /** Additional information file without transactions, answering or completing an earlier report. */
    AIF,
    /** Additional information file with transactions. */
    AIFT,
    /** Customs intelligence report. */
    CIR,
    /** Confirmed name match report: a customer matched a sanctions list entry. */
    CNMRA,
    /** Report of a dealer in precious metals and stones: goods, parties and the entity's directors. */
    DPMSR,
    /** Request for information (enhanced customer due diligence) without transactions, answered by the entity. */
    ECDD,
    /** Request for information (enhanced customer due diligence) with transactions. */
    ECDDT,
    /** High-risk country transaction report. */
    HRC,
    /** High-risk country activity report. */
    HRCA,
    /** Intelligence referral report. */
    IRR,
    /** Internal transactions report. */
    ITR,
    /** Partial name match report: a customer may match a sanctions list entry. */
    PNMRA,
    /** Postponement of a suspicious transaction: the entity held the transaction back. */
    PSTR,
    /** Real estate activity report. */
    REAR,
    /** Supervisory intelligence report, from a supervisor rather than a reporting entity. */
    SIR
}
