package org.g5sahel.pcms.aml.model;

/** What a subject is to the report: the reported party, or a party to one of its transactions. */
public enum SubjectRole {
    REPORTED_PARTY, SENDER, BENEFICIARY, ACCOUNT_HOLDER
}
