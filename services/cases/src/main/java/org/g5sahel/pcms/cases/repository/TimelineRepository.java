package org.g5sahel.pcms.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.model.TimelineEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    public List<TimelineEntry> ofCase(UUID caseId) {
        return list("caseId", Sort.by("seq"), caseId);
    }
}
