package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.TimelineRepository;
import org.g5sahel.pcms.commons.identity.Caller;

/** Writes a case's timeline in the transaction of the change it records. */
@ApplicationScoped
public class CaseTimeline {

    /** The actor of what the platform does by itself (a joint team reaching its end date, a correlation). */
    static final String PLATFORM = "pcms";

    private final TimelineRepository entries;
    private final Clock clock;

    public CaseTimeline(TimelineRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records what happened to the case itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, Caller actor, TimelineEntry.Kind kind, String detail) {
        write(caseId, actor.username(), actor.agency(), kind, detail, null, null);
    }

    /** Records what happened between the case and another record, which {@code detail} may name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID caseId,
            Caller actor,
            TimelineEntry.Kind kind,
            String detail,
            TimelineEntry.RelatedKind relatedKind,
            UUID relatedId) {
        write(caseId, actor.username(), actor.agency(), kind, detail, relatedKind, relatedId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByPlatform(UUID caseId, TimelineEntry.Kind kind, String detail) {
        write(caseId, PLATFORM, PLATFORM, kind, detail, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByPlatform(
            UUID caseId,
            TimelineEntry.Kind kind,
            String detail,
            TimelineEntry.RelatedKind relatedKind,
            UUID relatedId) {
        write(caseId, PLATFORM, PLATFORM, kind, detail, relatedKind, relatedId);
    }

    private void write(
            UUID caseId,
            String actor,
            String agency,
            TimelineEntry.Kind kind,
            String detail,
            TimelineEntry.RelatedKind relatedKind,
            UUID relatedId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.actorAgency = agency;
        entry.kind = kind;
        entry.detail = detail;
        entry.relatedKind = relatedKind;
        entry.relatedId = relatedId;
        entries.persist(entry);
    }
}
