package org.g5sahel.pcms.commons.audit;

/** What was done to a record (DESIGN §2 rule 6). */
public enum AuditAction {
    READ,
    LIST,
    SEARCH,
    HIT,
    CREATE,
    UPDATE,
    SHARING_CHANGE,
    ACCESS_REQUEST,
    ACCESS_DECISION,
    DEACTIVATE,
    /** The auditor read the access log of the record's owner. */
    ACCESS_LOG_READ,
    /** The owner confirmed at a review that the record is still needed: the outcome is the new review date. */
    REVIEW_CONFIRMATION,
    /** The owner deleted the record at the end of its review. */
    DELETE,
    /** The owner archived the record at the end of its review (firearm records are never deleted). */
    ARCHIVE
}
