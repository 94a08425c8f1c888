package org.g5sahel.pcms.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.model.CaseLink;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseLinkRepository implements PanacheRepositoryBase<CaseLink, CaseLink.Key> {

    public List<CaseLink> from(UUID caseId) {
        return list("caseId", caseId);
    }
}
