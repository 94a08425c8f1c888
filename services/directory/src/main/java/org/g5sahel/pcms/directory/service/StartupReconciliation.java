package org.g5sahel.pcms.directory.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.directory.config.IdentityConfig;

/**
 * Brings every agency's organization in line once Keycloak answers after the directory started: the reference
 * agencies come with the migrations, which publish no event, and Keycloak may have been rebuilt. Later changes come
 * with the agency events.
 */
@ApplicationScoped
public class StartupReconciliation {

    private final AgencyOrganizations organizations;
    private final IdentityConfig config;
    private volatile boolean done;

    public StartupReconciliation(AgencyOrganizations organizations, IdentityConfig config) {
        this.organizations = organizations;
        this.config = config;
    }

    @Scheduled(every = "30s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcileOnce() {
        if (done || !config.enabled()) {
            return;
        }
        try {
            long changes = organizations.reconcile(false).stream()
                    .filter(IdentityChange::changes)
                    .count();
            done = true;
            Log.infof("Keycloak organizations in line with the directory (%d change(s))", changes);
        } catch (ProblemException e) {
            Log.infof("Keycloak not ready for the organizations (%s); retrying in 30 s", e.detailKey());
        }
    }
}
