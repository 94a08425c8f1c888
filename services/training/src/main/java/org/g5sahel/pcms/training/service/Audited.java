package org.g5sahel.pcms.training.service;

import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.training.model.Certificate;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.TrainingSession;

/** The audit identity of each kind of record: one record type name per table. */
final class Audited {

    private Audited() {}

    static AuditedRecord of(Course course) {
        return AuditedRecord.of("course", course.id, course.sovereignty, course.code, course.titleFr);
    }

    static AuditedRecord of(TrainingSession session) {
        return AuditedRecord.of(
                "session", session.id, session.sovereignty, null, session.venue + " " + session.startDate);
    }

    static AuditedRecord of(Nomination nomination) {
        return AuditedRecord.of("nomination", nomination.id, nomination.sovereignty, null, nomination.nomineeName);
    }

    static AuditedRecord of(Certificate certificate) {
        return AuditedRecord.of(
                "certificate",
                certificate.id,
                certificate.sovereignty,
                certificate.code,
                certificate.courseTitleFr + " – " + certificate.holderName);
    }

    static AuditedRecord of(Placement placement) {
        return AuditedRecord.of(
                "placement",
                placement.id,
                placement.sovereignty,
                null,
                placement.officerName + " → " + placement.hostAgency);
    }
}
