package org.g5sahel.pcms.commons.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.audit.RecordLocator;

@ApplicationScoped
class TestRecordLocator {

    @Produces
    @ApplicationScoped
    RecordLocator testRecords(TestRecordRepository records) {
        return RecordLocator.sovereign(records, record -> AuditedRecord.of("test-record", record.id, record.sovereignty,
                null, record.label));
    }
}
