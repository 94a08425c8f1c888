package org.g5sahel.pcms.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.model.Subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Subjects are read only after their case was found visible: they carry no distribution of their own. */
@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    public List<Subject> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }

    public java.util.Optional<Subject> inCase(UUID caseId, UUID subjectId) {
        return find("id = ?1 and caseId = ?2", subjectId, caseId).firstResultOptional();
    }
}
