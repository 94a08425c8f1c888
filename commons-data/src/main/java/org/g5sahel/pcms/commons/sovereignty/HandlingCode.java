package org.g5sahel.pcms.commons.sovereignty;

/** SIENA-style handling codes. */
public enum HandlingCode {
    /** Law-enforcement use only. */
    H0,
    /** Not to be used in judicial proceedings without the owner's consent. */
    H1,
    /** No onward dissemination without the owner's consent. */
    H2,
    /** Other restrictions, stated in {@code handlingRestriction}. */
    H3
}
