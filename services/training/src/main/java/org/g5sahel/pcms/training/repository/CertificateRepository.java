package org.g5sahel.pcms.training.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.training.model.Certificate;

/**
 * Certificates. Callers read through the visibility predicate; only the public verification looks a certificate up by
 * its code alone, and it discloses nothing beyond what the holder shows anyway.
 */
@ApplicationScoped
public class CertificateRepository implements SovereignRepository<Certificate, UUID> {

    public Optional<Certificate> findVisibleByCode(Caller caller, String code) {
        return findVisible(caller, "code = :code", Sort.empty(), Parameters.with("code", code))
                .firstResultOptional();
    }

    public List<Certificate> visibleOfContact(Caller caller, UUID contactId) {
        return findVisible(
                        caller,
                        "contactId = :contact",
                        Sort.by("issuedAt").and("id"),
                        Parameters.with("contact", contactId))
                .list();
    }

    public List<Certificate> visibleOfSession(Caller caller, UUID sessionId) {
        return findVisible(
                        caller,
                        "sessionId = :session",
                        Sort.by("holderName").and("id"),
                        Parameters.with("session", sessionId))
                .list();
    }

    /** For the public verification endpoint only. */
    public Optional<Certificate> findForVerification(String code) {
        return find("code", code).firstResultOptional();
    }
}
