package org.g5sahel.pcms.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.TrustedSigner;

/** The trust list of CAP signers. */
@ApplicationScoped
public class TrustedSignerRepository implements PanacheRepositoryBase<TrustedSigner, UUID> {

    public List<TrustedSigner> all() {
        return listAll(Sort.by("label").and("id"));
    }

    public Optional<TrustedSigner> byFingerprint(String fingerprint) {
        return find("fingerprint", fingerprint).firstResultOptional();
    }
}
