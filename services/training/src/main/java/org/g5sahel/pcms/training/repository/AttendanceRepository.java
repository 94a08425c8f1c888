package org.g5sahel.pcms.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.training.model.Attendance;

/** Attendance rows; callers reach them only through nominations they may see. */
@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, Attendance.Key> {

    public List<Attendance> ofNominations(Collection<UUID> nominationIds) {
        if (nominationIds.isEmpty()) {
            return List.of();
        }
        return list("nominationId in ?1", Sort.by("day").and("nominationId"), nominationIds);
    }
}
