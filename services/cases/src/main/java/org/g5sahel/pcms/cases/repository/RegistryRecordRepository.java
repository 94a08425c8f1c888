package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.commons.correlation.PublishedIdentifiers;

@ApplicationScoped
public class RegistryRecordRepository implements PanacheRepositoryBase<RegistryRecord, RegistryRecord.Key> {

    /**
     * Stores what the holder published about a record, unless something it published later is already stored (events
     * may arrive out of order). The row stays locked until the transaction ends, so two events about one record are
     * applied one after the other.
     *
     * @return whether it was stored (false: an older event, to be ignored)
     */
    public boolean store(
            String service,
            String ownerState,
            String ownerAgency,
            PublishedIdentifiers published,
            Instant publishedAt) {
        return !getEntityManager()
                .createNativeQuery("""
                insert into registry_record (service, record_id, record_type, reference, owner_state, owner_agency,
                    discoverable, withdrawn, published_at)
                values (:service, :recordId, :recordType, :reference, :ownerState, :ownerAgency, :discoverable,
                    :withdrawn, :publishedAt)
                on conflict (service, record_id) do update set record_type = excluded.record_type,
                    reference = excluded.reference, discoverable = excluded.discoverable,
                    withdrawn = excluded.withdrawn, published_at = excluded.published_at
                where registry_record.published_at <= excluded.published_at
                returning 1""")
                .setParameter("service", service)
                .setParameter("recordId", published.recordId())
                .setParameter("recordType", published.recordType())
                .setParameter("reference", published.reference())
                .setParameter("ownerState", ownerState)
                .setParameter("ownerAgency", ownerAgency)
                .setParameter("discoverable", published.discoverable())
                .setParameter("withdrawn", published.withdrawn())
                .setParameter("publishedAt", publishedAt)
                .getResultList()
                .isEmpty();
    }
}
