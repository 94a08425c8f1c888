package org.g5sahel.pcms.alerts.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import org.g5sahel.pcms.commons.revocation.SubjectRevoked;

/**
 * The live feed behind {@code GET /stream}: ids of alerts that just went out and of inbox items just delivered,
 * announced only after their transaction commits (a rolled-back approval is never streamed). Each connection then
 * checks, per alert or item, that its caller may see it, and ends when its caller's access is withdrawn.
 */
@ApplicationScoped
public class AlertStream {

    /** An inbox item delivered to an agency. */
    public record Delivery(UUID itemId, String recipientAgency) {}

    private final BroadcastProcessor<UUID> published = BroadcastProcessor.create();
    private final BroadcastProcessor<Delivery> delivered = BroadcastProcessor.create();
    private final BroadcastProcessor<String> revokedSubjects = BroadcastProcessor.create();
    private final TransactionSynchronizationRegistry transactions;

    public AlertStream(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Announces the alert once the current transaction has committed. */
    public void afterCommit(UUID alertId) {
        afterCommit(() -> published.onNext(alertId));
    }

    /** Announces the inbox item once the current transaction has committed. */
    public void deliveredAfterCommit(UUID itemId, String recipientAgency) {
        afterCommit(() -> delivered.onNext(new Delivery(itemId, recipientAgency)));
    }

    private void afterCommit(Runnable announce) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    announce.run();
                }
            }
        });
    }

    public Multi<UUID> published() {
        return published;
    }

    public Multi<Delivery> delivered() {
        return delivered;
    }

    /** Subjects whose access was just withdrawn: their open streams end. */
    public Multi<String> revokedSubjects() {
        return revokedSubjects;
    }

    void onRevoked(@Observes SubjectRevoked revocation) {
        revokedSubjects.onNext(revocation.subject());
    }
}
