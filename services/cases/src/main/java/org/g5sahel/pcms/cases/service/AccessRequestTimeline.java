package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.commons.access.AccessRequest;
import org.g5sahel.pcms.commons.access.AccessRequestChanged;

/**
 * A case's timeline tells its readers who asked for access, and what the owner decided; the entries are read only by
 * the parties to the request (see {@code TimelineRepository}).
 */
@ApplicationScoped
class AccessRequestTimeline {

    private final CaseTimeline timeline;

    AccessRequestTimeline(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    void onChange(@Observes AccessRequestChanged change) {
        if (!CaseService.RECORD_TYPE.equals(change.recordType())) {
            return;
        }
        AccessRequest request = change.request();
        TimelineEntry.Kind kind = switch (request.status()) {
            case PENDING -> TimelineEntry.Kind.ACCESS_REQUESTED;
            case GRANTED -> TimelineEntry.Kind.ACCESS_GRANTED;
            case DECLINED -> TimelineEntry.Kind.ACCESS_DECLINED;
            case REVOKED, EXPIRED -> TimelineEntry.Kind.ACCESS_ENDED;
        };
        String detail = switch (request.status()) {
            case PENDING -> request.requesterAgency() + ": " + request.purpose();
            case GRANTED -> request.requesterAgency() + " (" + request.scope() + ", " + request.grantedUntil() + ")";
            case DECLINED -> request.requesterAgency() + ": " + request.decisionReason();
            case REVOKED -> request.requesterAgency() + ": " + request.endReason();
            case EXPIRED -> request.requesterAgency() + " (" + request.grantedUntil() + ")";
        };
        if (change.actor() == null) {
            timeline.recordByPlatform(
                    request.recordId(), kind, detail, TimelineEntry.RelatedKind.ACCESS_REQUEST, request.id());
        } else {
            timeline.record(
                    request.recordId(),
                    change.actor(),
                    kind,
                    detail,
                    TimelineEntry.RelatedKind.ACCESS_REQUEST,
                    request.id());
        }
    }
}
