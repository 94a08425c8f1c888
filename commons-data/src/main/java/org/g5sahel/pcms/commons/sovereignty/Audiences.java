package org.g5sahel.pcms.commons.sovereignty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Predicate;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * The audience of a record and the preview of a sharing change, the same way for every service: the service finds the
 * record as its GET does and hands over its read check.
 */
@ApplicationScoped
public class Audiences {

    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final TransactionManager transactions;

    public Audiences(AuditLog auditLog, EntityManager entityManager, TransactionManager transactions) {
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Who can see the record today; reading it is audited like a read of the record (rule 6). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Audience of(Caller reader, AuditedRecord record, Sovereignty sovereignty, Predicate<Caller> canRead) {
        auditLog.recordReads(reader, AuditAction.READ, List.of(record), "audience");
        return Audience.of(sovereignty, canRead);
    }

    /**
     * What {@code terms} would change, for a caller allowed to change the record's sharing (the PUT's check and
     * validation). The read check only knows stored rows, so the terms are applied and flushed, the proposed audience
     * is read from the database, and the caller's transaction is marked rollback-only: call it from a
     * {@code @Transactional} method, which then rolls back instead of committing. Nothing is ever committed, and a
     * concurrent change of sharing waits at most for this request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SharingPreview preview(
            Caller caller,
            AuditedRecord record,
            Sovereignty sovereignty,
            SharingTerms terms,
            Predicate<Caller> canRead) {
        if (!sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        // The request's transaction will roll back, so the read is audited in one of its own, before this one locks
        // the record's row.
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.recordReads(caller, AuditAction.READ, List.of(record), "sharing preview"));
        Audience current = Audience.of(sovereignty, canRead);
        sovereignty.changeSharing(caller, terms);
        entityManager.flush();
        Audience proposed = Audience.of(sovereignty, canRead);
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("No transaction to roll the preview back", e);
        }
        return SharingPreview.between(current, proposed);
    }
}
