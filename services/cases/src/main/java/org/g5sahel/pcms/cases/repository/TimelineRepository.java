package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.commons.access.AccessRequestRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Visibility;

/**
 * A case's timeline as one reader may see it (DESIGN §2 rule 8): an entry naming another record is in the answer only
 * if the reader may see that record, decided in the query by that record's own visibility rule.
 */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    private static final String R = TimelineEntry.RelatedKind.class.getName() + ".";
    private static final String K = TimelineEntry.Kind.class.getName() + ".";

    private static final String SEEN_BY_READER = "from TimelineEntry e where e.caseId = :caseId"
            + " and (e.ownerOnly = false or :caseOwner = true) and (e.relatedKind is null"
            + " or (e.relatedKind = " + R
            + "CASE and (exists (select 1 from InvestigationCase c where c.id = e.relatedId"
            + " and " + Visibility.clause("c") + ")"
            // a correlation hit or possible match was disclosed to the case's owner by the hit itself (rule 3), not to
            // its other readers
            + " or (e.kind in (" + K + "CORRELATION_HIT, " + K + "POSSIBLE_MATCH) and :caseOwner = true)))"
            + " or (e.relatedKind = " + R
            + "REQUEST and exists (select 1 from ExchangeRequest r where r.id = e.relatedId"
            + " and " + ExchangeRequestRepository.participant("r.") + "))"
            + " or (e.relatedKind = " + R + "ACCESS_REQUEST and exists (select 1 from AccessRequest a"
            + " where a.id = e.relatedId and " + AccessRequestRepository.party("a.") + ")))"
            + " order by e.seq";

    /** The entries of {@code investigation}, which {@code reader} may see, as {@code reader} may see them. */
    public List<TimelineEntry> ofCaseAsSeenBy(Caller reader, InvestigationCase investigation, LocalDate today) {
        return find(
                        SEEN_BY_READER,
                        Visibility.parameters(
                                reader,
                                today,
                                AccessRequestRepository.parameters(reader)
                                        .and("caseId", investigation.id)
                                        .and("caseOwner", investigation.sovereignty.isOwnedBy(reader))))
                .list();
    }
}
