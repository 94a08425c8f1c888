package org.g5sahel.pcms.commons.access;

/**
 * What a granted access request lets the requesting agency do with the record, in the terms police cooperation uses:
 * information given for intelligence may guide an investigation; using it as evidence before a court needs the
 * owner's consent, given here or later.
 */
public enum AccessScope {
    /** To guide an investigation; not to be produced in judicial proceedings. */
    INTELLIGENCE,
    /** May also be produced as evidence in judicial proceedings. */
    EVIDENCE
}
