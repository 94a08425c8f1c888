package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.RegistryIdentifier;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.commons.correlation.PublishedIdentifiers;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
public class RegistryIdentifierRepository implements PanacheRepositoryBase<RegistryIdentifier, RegistryIdentifier.Key> {

    /** The record's identifiers become exactly the published ones. */
    public void replace(String service, UUID recordId, List<PublishedIdentifiers.Identifier> published) {
        getEntityManager()
                .createNativeQuery(
                        "delete from registry_identifier where service = :service" + " and record_id = :recordId")
                .setParameter("service", service)
                .setParameter("recordId", recordId)
                .executeUpdate();
        for (PublishedIdentifiers.Identifier identifier : published) {
            getEntityManager()
                    .createNativeQuery("""
                    insert into registry_identifier (service, record_id, item_id, kind, keyed_hash, item_type, label,
                        hint, word)
                    values (:service, :recordId, :itemId, :kind, :keyedHash, :itemType, :label, :hint, :word)
                    on conflict do nothing""")
                    .setParameter("service", service)
                    .setParameter("recordId", recordId)
                    .setParameter("itemId", identifier.itemId())
                    .setParameter("kind", identifier.kind().name())
                    .setParameter("keyedHash", identifier.keyedHash())
                    .setParameter("itemType", identifier.itemType())
                    .setParameter("label", identifier.label())
                    .setParameter("hint", identifier.hint())
                    // typed, so that a null binds as an integer
                    .unwrap(NativeQuery.class)
                    .setParameter("word", identifier.word(), StandardBasicTypes.INTEGER)
                    .executeUpdate();
        }
    }

    /**
     * Serialises the matching of these keyed hashes until the transaction ends, in one order for every transaction:
     * of two records published at once with the same identifier, the second sees the first once it holds the lock,
     * so that no match is missed.
     */
    public void lock(Collection<String> keyedHashes) {
        for (String hash : new TreeSet<>(keyedHashes)) {
            getEntityManager()
                    .createNativeQuery("select count(*) from (select pg_advisory_xact_lock("
                            + "hashtextextended(:hash, 0))) locked")
                    .setParameter("hash", hash)
                    .getSingleResult();
        }
    }

    /**
     * Identifiers with one of these keyed hashes held by discoverable records in correlation of another State: the
     * candidates of a match. Records of {@code selfMatched} services held by the same service as the published one
     * are left out: those services match their own records themselves.
     */
    public List<RegistryIdentifier> candidates(
            Collection<String> keyedHashes, String service, String excludedState, Set<String> selfMatched) {
        return getEntityManager()
                .createQuery(
                        "select i from RegistryIdentifier i, RegistryRecord r"
                                + " where r.service = i.service and r.recordId = i.recordId and r.discoverable = true"
                                + " and r.withdrawn = false and r.ownerState <> :state and i.keyedHash in :hashes"
                                + " and (i.service <> :service or i.service not in :selfMatched)",
                        RegistryIdentifier.class)
                .setParameter("hashes", keyedHashes)
                .setParameter("state", excludedState)
                .setParameter("service", service)
                .setParameter("selfMatched", selfMatched)
                .getResultList();
    }

    /** The record's identifiers among these keyed hashes: which of its items explain a match. */
    public List<RegistryIdentifier> of(RegistryRecord.Key record, Collection<String> keyedHashes) {
        if (keyedHashes.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select i from RegistryIdentifier i where i.service = :service"
                                + " and i.recordId = :recordId and i.keyedHash in :hashes order by i.itemId, i.kind, i.keyedHash",
                        RegistryIdentifier.class)
                .setParameter("service", record.service)
                .setParameter("recordId", record.recordId)
                .setParameter("hashes", keyedHashes)
                .getResultList();
    }
}
