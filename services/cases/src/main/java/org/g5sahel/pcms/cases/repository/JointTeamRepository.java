package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.JointTeam;

@ApplicationScoped
public class JointTeamRepository implements PanacheRepositoryBase<JointTeam, UUID> {

    public List<JointTeam> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }

    public List<JointTeam> dueToStart(LocalDate today) {
        return list("status = ?1 and validFrom <= ?2", JointTeam.Status.PLANNED, today);
    }

    public List<JointTeam> dueToEnd(LocalDate today) {
        return list("status = ?1 and validUntil < ?2", JointTeam.Status.ACTIVE, today);
    }

    public List<JointTeam> activeOnCase(UUID caseId) {
        return list("caseId = ?1 and status = ?2", caseId, JointTeam.Status.ACTIVE);
    }
}
