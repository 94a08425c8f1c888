package org.g5sahel.pcms.aml.model;

/**
 * The answering FIU's decision on onward dissemination of its reply to law enforcement (Egmont principle of prior
 * consent): not asked yet, asked by the requesting FIU, then granted or refused.
 */
public enum Consent {
    NOT_REQUESTED,
    PENDING,
    GRANTED,
    REFUSED
}
