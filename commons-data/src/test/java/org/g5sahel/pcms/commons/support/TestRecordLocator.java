package org.g5sahel.pcms.commons.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.commons.audit.AuditedRecord;

@ApplicationScoped
class TestRecordLocator {

    @Produces
    @Singleton
    SovereignKind<TestRecord> testRecords(TestRecordRepository records) {
        return SovereignKind.of(
                        records,
                        record -> record.sovereignty,
                        record -> AuditedRecord.of("test-record", record.id, record.sovereignty, null, record.label))
                .deletedBy(records::delete);
    }
}
