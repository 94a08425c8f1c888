package org.g5sahel.pcms.alerts.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.TrustedSigner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

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
