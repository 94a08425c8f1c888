package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.training.client.DirectoryContact;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.PlacementStatus;
import org.g5sahel.pcms.training.repository.PlacementRepository;

/**
 * Immersion placements: the officer's national coordinator proposes, the host agency (or its State's national
 * coordinator) accepts or declines. Owned by the proposing agency, shared with the host agency.
 */
@ApplicationScoped
public class PlacementService {

    private final PlacementRepository placements;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public PlacementService(PlacementRepository placements, AuditLog auditLog, Outbox outbox, Clock clock) {
        this.placements = placements;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Placement propose(Caller caller, PlacementCommand request, DirectoryContact officer) {
        if (officer == null) {
            throw SessionService.invalid("contactId", "nomination.unknown-contact");
        }
        if (!officer.active()) {
            throw SessionService.invalid("contactId", "nomination.inactive-contact");
        }
        if (!caller.isNationalCoordinatorOf(officer.state())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "nomination.not-your-officer", officer.state());
        }
        String hostState = AgencyCode.stateOf(request.hostAgency());
        if (!Jurisdictions.isMemberState(hostState)) {
            throw SessionService.invalid("hostAgency", "placement.host-not-member");
        }
        if (hostState.equals(officer.state())) {
            throw SessionService.invalid("hostAgency", "placement.same-state");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw SessionService.invalid("endDate", "placement.end-before-start");
        }
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.contactId = officer.id();
        placement.officerName = officer.fullName();
        placement.officerAgency = officer.agencyCode();
        placement.officerState = officer.state();
        placement.hostAgency = request.hostAgency();
        placement.hostState = hostState;
        placement.startDate = request.startDate();
        placement.endDate = request.endDate();
        placement.objectives = request.objectives();
        placement.status = PlacementStatus.PROPOSED;
        placement.createdAt = clock.instant();
        placement.updatedAt = placement.createdAt;
        // The host's national unit decides too, so it is shared with the host State.
        placement.sovereignty = Sovereignty.ownedBy(
                caller,
                SharingTerms.of(Distribution.SELECTED, hostState),
                Distribution.SELECTED,
                NominationService.REVIEW_PERIOD,
                LocalDate.now(clock));
        placements.persist(placement);
        auditLog.record(caller, AuditAction.CREATE, Audited.of(placement), null, "OK");
        publish(placement, "proposed");
        return placement;
    }

    @Transactional
    public List<Placement> search(Caller caller, String hostAgency, PlacementStatus status, UUID contactId) {
        List<Placement> found = placements.search(caller, hostAgency, status, contactId);
        auditLog.recordReads(
                caller, AuditAction.LIST, found.stream().map(Audited::of).toList(), null);
        return found;
    }

    @Transactional
    public Placement get(Caller caller, UUID id) {
        Placement placement = placements.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(Audited.of(placement)), null);
        return placement;
    }

    /** The host agency's answer: only someone of the host agency, or the host State's national coordinator. */
    @Transactional
    public Placement decide(Caller caller, UUID id, String ifMatch, boolean accept, String reason) {
        Placement placement = placements.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        if (!caller.agency().equals(placement.hostAgency) && !caller.isNationalCoordinatorOf(placement.hostState)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "placement.not-host");
        }
        Versions.requireMatch(ifMatch, placement.version);
        if (placement.status != PlacementStatus.PROPOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "placement.not-proposed", placement.status);
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw SessionService.invalid("reason", "placement.decline-needs-reason");
        }
        placement.status = accept ? PlacementStatus.ACCEPTED : PlacementStatus.DECLINED;
        placement.decisionReason = reason;
        placement.decidedBy = caller.agency();
        placement.updatedAt = clock.instant();
        placements.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(placement), reason, placement.status.name());
        publish(placement, accept ? "accepted" : "declined");
        return placement;
    }

    @Transactional
    public Placement cancel(Caller caller, UUID id, String ifMatch, String reason) {
        Placement placement = placements.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        if (!placement.sovereignty.isOwnedBy(caller) && !caller.isNationalCoordinatorOf(placement.officerState)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "placement.not-yours");
        }
        Versions.requireMatch(ifMatch, placement.version);
        if (placement.status == PlacementStatus.CANCELLED || placement.status == PlacementStatus.DECLINED) {
            throw new ProblemException(ProblemType.CONFLICT, "placement.not-proposed", placement.status);
        }
        placement.status = PlacementStatus.CANCELLED;
        placement.decisionReason = reason;
        placement.updatedAt = clock.instant();
        placements.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(placement), reason, "CANCELLED");
        publish(placement, "cancelled");
        return placement;
    }

    private void publish(Placement placement, String event) {
        outbox.publish(
                "placement",
                event,
                placement.id,
                placement.sovereignty,
                Map.of(
                        "id",
                        placement.id,
                        "contactId",
                        placement.contactId,
                        "hostAgency",
                        placement.hostAgency,
                        "status",
                        placement.status));
    }
}
