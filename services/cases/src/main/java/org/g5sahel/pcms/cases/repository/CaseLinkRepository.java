package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CaseLink;

@ApplicationScoped
public class CaseLinkRepository implements PanacheRepositoryBase<CaseLink, CaseLink.Key> {

    public List<CaseLink> from(UUID caseId) {
        return list("caseId", caseId);
    }
}
