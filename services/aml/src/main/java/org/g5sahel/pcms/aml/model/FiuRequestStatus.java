package org.g5sahel.pcms.aml.model;

/** Life of an FIU-to-FIU request. */
public enum FiuRequestStatus {
    SENT,
    ANSWERED,
    CLOSED
}
