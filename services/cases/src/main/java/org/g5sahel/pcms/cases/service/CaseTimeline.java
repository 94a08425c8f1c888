package org.g5sahel.pcms.cases.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.TimelineRepository;
import org.g5sahel.pcms.commons.identity.Caller;

/** Writes a case's timeline in the transaction of the change it records. */
@ApplicationScoped
public class CaseTimeline {

    /** The actor of what the platform does by itself (a joint team reaching its end date, a correlation). */
    static final String PLATFORM = "pcms";

    private final TimelineRepository entries;
    private final Clock clock = Clock.systemUTC();

    public CaseTimeline(TimelineRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, Caller actor, TimelineEntry.Kind kind, String detail) {
        write(caseId, actor.username(), actor.agency(), kind, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByPlatform(UUID caseId, TimelineEntry.Kind kind, String detail) {
        write(caseId, PLATFORM, PLATFORM, kind, detail);
    }

    private void write(UUID caseId, String actor, String agency, TimelineEntry.Kind kind, String detail) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.actorAgency = agency;
        entry.kind = kind;
        entry.detail = detail;
        entries.persist(entry);
    }
}
