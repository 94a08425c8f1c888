package org.g5sahel.pcms.cases.model;

/**
 * How far a protected person's identity is released by the owning agency: not at all, to the owning State's other
 * agencies, or to everyone who sees the case. A minor's identity goes beyond NATIONAL only with the national
 * coordinator's approval.
 */
public enum IdentityRelease {
    NONE,
    NATIONAL,
    CASE_AUDIENCE
}
