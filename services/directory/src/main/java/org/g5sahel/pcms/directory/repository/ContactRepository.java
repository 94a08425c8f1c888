package org.g5sahel.pcms.directory.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.model.Contact;

/** Contacts, always read through the visibility predicate. */
@ApplicationScoped
public class ContactRepository implements SovereignRepository<Contact, UUID> {

    public List<Contact> search(
            Caller caller,
            String agencyCode,
            String state,
            Competence competence,
            String searchPattern,
            String afterSortKey,
            int fetch) {
        StringBuilder where = new StringBuilder("active = true");
        Parameters parameters = new Parameters();
        if (agencyCode != null) {
            where.append(" and agencyCode = :agency");
            parameters.and("agency", agencyCode);
        }
        if (state != null) {
            where.append(" and sovereignty.ownerState = :ownerState");
            parameters.and("ownerState", state);
        }
        if (competence != null) {
            where.append(" and array_contains(competences, :competence)");
            parameters.and("competence", competence.name());
        }
        if (searchPattern != null) {
            where.append(" and searchText like :pattern escape '\\'");
            parameters.and("pattern", searchPattern);
        }
        if (afterSortKey != null) {
            where.append(" and sortKey > :after");
            parameters.and("after", afterSortKey);
        }
        return findVisible(caller, where.toString(), Sort.by("sortKey"), parameters)
                .page(0, fetch)
                .list();
    }

    /** Active, visible contacts of these agencies with this competence, for routing. */
    public List<Contact> forRouting(Caller caller, List<String> agencyCodes, Competence competence) {
        if (agencyCodes.isEmpty()) {
            return List.of();
        }
        return findVisible(
                        caller,
                        "active = true and agencyCode in :agencies and array_contains(competences, :competence)",
                        Sort.by("sortKey"),
                        Parameters.with("agencies", agencyCodes).and("competence", competence.name()))
                .list();
    }
}
