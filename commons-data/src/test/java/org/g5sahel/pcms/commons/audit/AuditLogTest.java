package org.g5sahel.pcms.commons.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.junit.jupiter.api.Test;

/** The audit chain against PostgreSQL: append-only, and any edit or removal is found by the verification. */
@QuarkusTest
class AuditLogTest {

    private static final Caller ML_ANALYST = new Caller("sub-ml", "ml-analyst", "ML", "ML-POLICE", Set.of("analyst"));
    private static final AuditedRecord NE_RECORD =
            new AuditedRecord("case", "42", "NE", "NE-OCRTIS", "NE-CASE-2026-000042", "Filière Agadez – Sebha");

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager entityManager;

    @Test
    void appendedRowsFormAnIntactChain() {
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordAll(
                        ML_ANALYST, AuditAction.READ, List.of(NE_RECORD, NE_RECORD), "case 12/2026", "OK"));
        AuditVerification verification = auditLog.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theOwnersOwnReadsAreNotAudited() {
        Caller owner = new Caller("sub-ne", "ne-investigator", "NE", "NE-OCRTIS", Set.of("investigator"));
        // Rows of this record only: the service's scheduled jobs may audit other records meanwhile.
        long before = countOf(NE_RECORD);
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordReads(owner, AuditAction.READ, List.of(NE_RECORD), null));
        assertThat(countOf(NE_RECORD)).isEqualTo(before);
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordReads(ML_ANALYST, AuditAction.READ, List.of(NE_RECORD), null));
        assertThat(countOf(NE_RECORD)).isEqualTo(before + 1);
    }

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(ML_ANALYST, AuditAction.READ, NE_RECORD, null, "OK"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("update audit_log set outcome = 'DENIED'")
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("delete from audit_log")
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void aModifiedOrDeletedRowIsDetected() {
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordAll(
                        ML_ANALYST, AuditAction.READ, List.of(NE_RECORD, NE_RECORD, NE_RECORD), "purpose", "OK"));
        long target = maxSeq() - 1;

        // Someone with superuser rights bypasses the trigger: the chain still tells.
        tamper("update audit_log set purpose = 'innocent' where seq = " + target);
        AuditVerification altered = auditLog.verify();
        assertThat(altered.intact()).isFalse();
        assertThat(altered.firstBadSeq()).isEqualTo(target);
        assertThat(altered.reason()).isEqualTo("row altered");
        tamper("update audit_log set purpose = 'purpose' where seq = " + target);
        assertThat(auditLog.verify().intact()).isTrue();

        tamper("create table audit_backup as select * from audit_log where seq = " + target
                + "; delete from audit_log where seq = " + target);
        AuditVerification deleted = auditLog.verify();
        assertThat(deleted.intact()).isFalse();
        assertThat(deleted.firstBadSeq()).isEqualTo(target);
        assertThat(deleted.reason()).isEqualTo("row missing");
        tamper("insert into audit_log select * from audit_backup; drop table audit_backup");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void aRowWithoutReferenceOrTitleHashesAsRowsWrittenBeforeThemAndAnAlteredTitleIsDetected() {
        AuditedRecord unnamed = NE_RECORD.unnamed();
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordAll(
                        ML_ANALYST, AuditAction.READ, List.of(unnamed, NE_RECORD, NE_RECORD), null, "OK"));
        long named = maxSeq() - 1;
        AuditEntry first =
                QuarkusTransaction.requiringNew().call(() -> entityManager.find(AuditEntry.class, named - 1));
        // the hash of a row written before the columns existed: the same fields, nothing appended
        String before = HexFormat.of()
                .formatHex(sha256(String.join(
                        "\u001f",
                        Long.toString(first.seq()),
                        first.occurredAt().toString(),
                        "ml-analyst",
                        "ML",
                        "ML-POLICE",
                        "READ",
                        "case",
                        "42",
                        "NE",
                        "NE-OCRTIS",
                        "",
                        "OK",
                        first.prevHash())));
        assertThat(first.hash()).isEqualTo(before);
        assertThat(first.recordReference()).isNull();

        tamper("update audit_log set record_title = 'Autre chose' where seq = " + named);
        AuditVerification altered = auditLog.verify();
        assertThat(altered.intact()).isFalse();
        assertThat(altered.firstBadSeq()).isEqualTo(named);
        tamper("update audit_log set record_title = 'Filière Agadez – Sebha' where seq = " + named);
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void tamper(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_log disable trigger audit_log_no_update")
                    .executeUpdate();
            for (String statement : sql.split(";")) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
            entityManager
                    .createNativeQuery("alter table audit_log enable trigger audit_log_no_update")
                    .executeUpdate();
        });
    }

    private long countOf(AuditedRecord record) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from audit_log where record_type = ?1 and record_id = ?2")
                                .setParameter(1, record.type())
                                .setParameter(2, record.id())
                                .getSingleResult())
                        .longValue());
    }

    private long maxSeq() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select max(seq) from audit_log")
                                .getSingleResult())
                        .longValue());
    }
}
