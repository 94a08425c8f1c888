package org.g5sahel.pcms.firearms.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.StatusChange;

/**
 * The status history. Not sovereign by itself: it is read only for a firearm already found through
 * {@link FirearmRepository#findVisibleById}.
 */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, UUID> {

    public List<StatusChange> historyOf(UUID firearmId) {
        return list("firearmId", Sort.by("seq"), firearmId);
    }

    /** When the firearm last moved to {@code status} (a theft discovered today may have happened last week). */
    public Optional<LocalDate> since(UUID firearmId, FirearmStatus status) {
        return find("firearmId = ?1 and toStatus = ?2", Sort.descending("seq"), firearmId, status)
                .firstResultOptional()
                .map(change -> change.occurredOn);
    }
}
