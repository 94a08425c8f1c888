package org.g5sahel.pcms.commons.audit;

import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/** The record an audit entry is about: its type, id and owner. */
public record AuditedRecord(String type, String id, String ownerState, String ownerAgency) {

    public static AuditedRecord of(String type, Object id, Sovereignty sovereignty) {
        return new AuditedRecord(type, String.valueOf(id), sovereignty.ownerState(), sovereignty.ownerAgency());
    }
}
