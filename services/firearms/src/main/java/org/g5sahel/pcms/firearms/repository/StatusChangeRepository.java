package org.g5sahel.pcms.firearms.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.firearms.model.StatusChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The status history. Not sovereign by itself: it is read only for a firearm already found through
 * {@link FirearmRepository#findVisibleById}.
 */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, UUID> {

    public List<StatusChange> historyOf(UUID firearmId) {
        return list("firearmId", Sort.by("seq"), firearmId);
    }
}
