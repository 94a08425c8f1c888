package org.g5sahel.pcms.alerts.model;

/** Life of an alert: only an approved alert reaches anyone beyond its authors and approvers. */
public enum AlertStatus {
    DRAFT,
    PENDING_APPROVAL,
    ISSUED,
    UPDATED,
    CANCELLED,
    EXPIRED;

    public boolean isPublished() {
        return this == ISSUED || this == UPDATED;
    }
}
