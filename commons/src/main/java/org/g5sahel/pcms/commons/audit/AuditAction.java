package org.g5sahel.pcms.commons.audit;

/** What was done to a record (DESIGN §2 rule 6). */
public enum AuditAction {
    READ, LIST, SEARCH, HIT, CREATE, UPDATE, SHARING_CHANGE, ACCESS_REQUEST, ACCESS_DECISION, DEACTIVATE,
    /** The auditor read the access log of the record's owner. */
    ACCESS_LOG_READ
}
