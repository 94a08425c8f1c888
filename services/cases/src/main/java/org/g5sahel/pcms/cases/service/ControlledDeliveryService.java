package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.cases.model.DeliveryLeg;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.ControlledDeliveryRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Controlled deliveries: each State on the route authorises its own leg (its national coordinator or an investigator
 * of that State), and the owner can start the delivery only once every leg is authorised.
 */
@ApplicationScoped
public class ControlledDeliveryService {

    static final String RECORD_TYPE = "controlled-delivery";

    private final CaseService cases;
    private final CaseRepository caseRepository;
    private final ControlledDeliveryRepository deliveries;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final Clock clock;

    public ControlledDeliveryService(
            CaseService cases,
            CaseRepository caseRepository,
            ControlledDeliveryRepository deliveries,
            CaseTimeline timeline,
            AuditLog auditLog,
            Clock clock) {
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.deliveries = deliveries;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ControlledDelivery plan(Caller caller, ControlledDeliveryCommand request) {
        UUID caseId = request.caseId();
        InvestigationCase investigation = cases.changeable(caller, caseId);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ControlledDeliveryCommand.Leg> route = request.route();
        if (!request.plannedEnd().isAfter(request.plannedStart())) {
            errors.add(new Problem.FieldError("plannedEnd", "delivery.ends-before-start"));
        }
        if (!request.plannedStart().isAfter(clock.instant())) {
            errors.add(new Problem.FieldError("plannedStart", "delivery.start-in-past"));
        }
        if (route.get(0).role() != DeliveryLeg.Role.ORIGIN
                || route.get(route.size() - 1).role() != DeliveryLeg.Role.DESTINATION
                || route.subList(1, route.size() - 1).stream()
                        .anyMatch(leg -> leg.role() != DeliveryLeg.Role.TRANSIT)) {
            errors.add(new Problem.FieldError("route", "delivery.route-order"));
        }
        if (route.stream().anyMatch(leg -> !Jurisdictions.isMemberState(leg.state()))) {
            errors.add(new Problem.FieldError("route", "delivery.route-member-states"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        ControlledDelivery delivery = new ControlledDelivery();
        delivery.id = UUID.randomUUID();
        delivery.caseId = caseId;
        delivery.consignment = request.consignment();
        delivery.plannedStart = request.plannedStart();
        delivery.plannedEnd = request.plannedEnd();
        delivery.ownerState = investigation.sovereignty.ownerState();
        delivery.ownerAgency = investigation.sovereignty.ownerAgency();
        delivery.createdBy = caller.username();
        delivery.createdAt = clock.instant();
        for (int position = 0; position < route.size(); position++) {
            DeliveryLeg leg = new DeliveryLeg();
            leg.position = position + 1;
            leg.state = route.get(position).state();
            leg.role = route.get(position).role();
            leg.handoverPoint = route.get(position).handoverPoint();
            delivery.legs.add(leg);
        }
        delivery.routeStates = new ArrayList<>(route.stream()
                .map(ControlledDeliveryCommand.Leg::state)
                .distinct()
                .toList());
        deliveries.persist(delivery);
        timeline.record(caseId, caller, TimelineEntry.Kind.DELIVERY_PLANNED, String.join(" → ", delivery.routeStates));
        auditLog.record(caller, AuditAction.CREATE, audited(delivery), null, "PLANNED");
        return delivery;
    }

    @Transactional
    public List<ControlledDelivery> ownedOrOnRoute(Caller caller) {
        List<ControlledDelivery> found = deliveries.ownedOrOnRoute(caller, mayActForRouteState(caller));
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(ControlledDeliveryService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public ControlledDelivery get(Caller caller, UUID id) {
        ControlledDelivery delivery = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(delivery)), null);
        return delivery;
    }

    /** A State's authorisation of its own leg. */
    @Transactional
    public ControlledDelivery authorise(
            Caller caller, UUID id, int position, ControlledDeliveryCommand.Authorisation authorisation) {
        ControlledDelivery delivery = visible(caller, id);
        DeliveryLeg leg = delivery.legs.stream()
                .filter(candidate -> candidate.position == position)
                .findFirst()
                .orElseThrow(ProblemException::notFound);
        if (!leg.state.equals(caller.state())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "delivery.own-leg-only", leg.state);
        }
        if (delivery.status != ControlledDelivery.Status.PLANNED) {
            throw new ProblemException(ProblemType.CONFLICT, "delivery.not-planned");
        }
        if (leg.isAuthorised()) {
            throw new ProblemException(ProblemType.CONFLICT, "delivery.leg-already-authorised");
        }
        leg.authority = authorisation.authority();
        leg.authorisationReference = authorisation.reference();
        leg.authorisedOn = authorisation.date();
        leg.authorisedBy = caller.username();
        deliveries.flush();
        timeline.record(
                delivery.caseId,
                caller,
                TimelineEntry.Kind.DELIVERY_LEG_AUTHORISED,
                leg.state + " (" + leg.handoverPoint + "): " + authorisation.authority());
        auditLog.record(caller, AuditAction.UPDATE, audited(delivery), "leg " + position, "AUTHORISED");
        return delivery;
    }

    @Transactional
    public ControlledDelivery start(Caller caller, UUID id) {
        ControlledDelivery delivery = ownersOnly(caller, id);
        if (delivery.status != ControlledDelivery.Status.PLANNED) {
            throw new ProblemException(ProblemType.CONFLICT, "delivery.not-planned");
        }
        if (!delivery.fullyAuthorised()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "delivery.legs-unauthorised",
                    String.join(
                            ", ",
                            delivery.legs.stream()
                                    .filter(leg -> !leg.isAuthorised())
                                    .map(leg -> leg.state)
                                    .toList()));
        }
        delivery.status = ControlledDelivery.Status.IN_PROGRESS;
        delivery.startedAt = clock.instant();
        deliveries.flush();
        timeline.record(delivery.caseId, caller, TimelineEntry.Kind.DELIVERY_STARTED, delivery.consignment);
        auditLog.record(caller, AuditAction.UPDATE, audited(delivery), null, "STARTED");
        return delivery;
    }

    @Transactional
    public ControlledDelivery conclude(Caller caller, UUID id, ControlledDeliveryCommand.Conclusion conclusion) {
        ControlledDelivery delivery = ownersOnly(caller, id);
        if (delivery.status == ControlledDelivery.Status.CONCLUDED) {
            throw new ProblemException(ProblemType.CONFLICT, "delivery.already-concluded");
        }
        if (delivery.status == ControlledDelivery.Status.PLANNED
                && conclusion.outcome() != ControlledDelivery.Outcome.ABORTED) {
            throw new ProblemException(ProblemType.CONFLICT, "delivery.not-started");
        }
        delivery.status = ControlledDelivery.Status.CONCLUDED;
        delivery.outcome = conclusion.outcome();
        delivery.outcomeDetail = conclusion.detail();
        delivery.outcomeAt = clock.instant();
        deliveries.flush();
        timeline.record(
                delivery.caseId,
                caller,
                TimelineEntry.Kind.DELIVERY_CONCLUDED,
                conclusion.outcome().name());
        auditLog.record(
                caller,
                AuditAction.UPDATE,
                audited(delivery),
                null,
                conclusion.outcome().name());
        return delivery;
    }

    /** The owning agency, the States on the route and whoever sees the case; 404 for anyone else. */
    private ControlledDelivery visible(Caller caller, UUID id) {
        return deliveries
                .findByIdOptional(id)
                .filter(delivery -> maySee(caller, delivery))
                .orElseThrow(ProblemException::notFound);
    }

    boolean maySee(Caller caller, ControlledDelivery delivery) {
        boolean onRoute = delivery.routeStates.contains(caller.state()) && mayActForRouteState(caller);
        return delivery.ownerAgency.equals(caller.agency())
                || onRoute
                || caseRepository.findVisibleById(caller, delivery.caseId).isPresent();
    }

    private static boolean mayActForRouteState(Caller caller) {
        return caller.hasRole(Roles.INVESTIGATOR) || caller.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    private ControlledDelivery ownersOnly(Caller caller, UUID id) {
        ControlledDelivery delivery = visible(caller, id);
        if (!delivery.ownerAgency.equals(caller.agency()) && !caller.isNationalCoordinatorOf(delivery.ownerState)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.owner-only");
        }
        return delivery;
    }

    static AuditedRecord audited(ControlledDelivery delivery) {
        return new AuditedRecord(
                RECORD_TYPE,
                delivery.id.toString(),
                delivery.ownerState,
                delivery.ownerAgency,
                null,
                delivery.consignment);
    }
}
