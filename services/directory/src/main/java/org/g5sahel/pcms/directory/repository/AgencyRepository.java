package org.g5sahel.pcms.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.g5sahel.pcms.directory.model.Agency;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** One keyset page ordered by code; every filter optional. */
    public List<Agency> search(AgencyFilter filter, String afterCode, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.state() != null) {
            where.append(" and state = :state");
            parameters.and("state", filter.state());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.competence() != null) {
            where.append(" and array_contains(competences, :competence)");
            parameters.and("competence", filter.competence().name());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.searchPattern() != null) {
            where.append(" and searchText like :pattern escape '\\'");
            parameters.and("pattern", filter.searchPattern());
        }
        if (afterCode != null) {
            where.append(" and code > :after");
            parameters.and("after", afterCode);
        }
        return find(where + " order by code", parameters).page(0, fetch).list();
    }
}
