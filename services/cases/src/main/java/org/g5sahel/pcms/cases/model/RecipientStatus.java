package org.g5sahel.pcms.cases.model;

/** Where one recipient is with a request: sent → acknowledged → answered / declined. */
public enum RecipientStatus {
    SENT,
    ACKNOWLEDGED,
    ANSWERED,
    DECLINED;

    public boolean isOpen() {
        return this == SENT || this == ACKNOWLEDGED;
    }
}
