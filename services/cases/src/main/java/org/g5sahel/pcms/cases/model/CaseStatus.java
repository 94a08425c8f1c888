package org.g5sahel.pcms.cases.model;

import java.util.Map;
import java.util.Set;

/** open → active → suspended / closed → archived; a suspended case resumes, a closed one may be reopened. */
public enum CaseStatus {
    OPEN,
    ACTIVE,
    SUSPENDED,
    CLOSED,
    ARCHIVED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            OPEN, Set.of(ACTIVE, SUSPENDED, CLOSED),
            ACTIVE, Set.of(SUSPENDED, CLOSED),
            SUSPENDED, Set.of(ACTIVE, CLOSED),
            CLOSED, Set.of(ACTIVE, ARCHIVED),
            ARCHIVED, Set.of());

    public boolean mayBecome(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }
}
