package org.g5sahel.pcms.firearms.model;

/** Lifecycle of an ITI trace request: submitted → acknowledged → answered. */
public enum TraceStatus {
    SUBMITTED,
    ACKNOWLEDGED,
    ANSWERED
}
