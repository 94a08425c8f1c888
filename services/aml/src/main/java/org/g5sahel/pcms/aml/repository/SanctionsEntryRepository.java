package org.g5sahel.pcms.aml.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.model.SanctionsEntry;

/** Entries of sanctions lists: reference data, read after the caller's visibility of their list has been checked. */
@ApplicationScoped
public class SanctionsEntryRepository implements PanacheRepositoryBase<SanctionsEntry, UUID> {

    public List<SanctionsEntry> ofList(UUID listId) {
        return list("listId", listId);
    }

    public List<SanctionsEntry> page(
            UUID listId, EntryStatus status, String namePattern, String afterReference, int fetch) {
        StringBuilder where = new StringBuilder("listId = :list");
        Parameters parameters = Parameters.with("list", listId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (namePattern != null) {
            where.append(" and lower(primaryName) like :pattern escape '\\'");
            parameters.and("pattern", namePattern);
        }
        if (afterReference != null) {
            where.append(" and referenceNumber > :after");
            parameters.and("after", afterReference);
        }
        return find(where.toString(), Sort.by("referenceNumber"), parameters)
                .page(0, fetch)
                .list();
    }

    public long count(UUID listId, EntryStatus status) {
        return count("listId = ?1 and status = ?2", listId, status);
    }

    public List<SanctionsEntry> active() {
        return list("status", Sort.by("referenceNumber"), EntryStatus.ACTIVE);
    }
}
