package org.g5sahel.pcms.commons.audit;

import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * The record an audit entry is about: its type, id and owner, and how officers name it — its human reference (e.g.
 * {@code NE-CASE-2026-000042}) and title or label, either {@code null} where the kind of record has none.
 */
public record AuditedRecord(
        String type, String id, String ownerState, String ownerAgency, String reference, String title) {

    public static AuditedRecord of(String type, Object id, Sovereignty sovereignty, String reference, String title) {
        return new AuditedRecord(
                type, String.valueOf(id), sovereignty.ownerState(), sovereignty.ownerAgency(), reference, title);
    }

    /** The same record without its reference and title: what a refused attempt records (it never saw them). */
    public AuditedRecord unnamed() {
        return new AuditedRecord(type, id, ownerState, ownerAgency, null, null);
    }
}
