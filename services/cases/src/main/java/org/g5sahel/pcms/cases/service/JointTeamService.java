package org.g5sahel.pcms.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.JointTeam;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.cases.repository.JointTeamRepository;
import org.g5sahel.pcms.commons.access.AccessRequestRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Joint investigation teams. While a team is active its member agencies see the case; the owner's own sharing
 * decisions are left as they were when the team ends.
 */
@ApplicationScoped
public class JointTeamService {

    private final CaseService cases;
    private final CaseRepository caseRepository;
    private final JointTeamRepository teams;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final AccessRequestRepository accessRequests;
    private final Clock clock;

    public JointTeamService(
            CaseService cases,
            CaseRepository caseRepository,
            JointTeamRepository teams,
            CaseTimeline timeline,
            AuditLog auditLog,
            AccessRequestRepository accessRequests,
            Clock clock) {
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.teams = teams;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.accessRequests = accessRequests;
        this.clock = clock;
    }

    @Transactional
    public JointTeam create(Caller caller, UUID caseId, JointTeamCommand request) {
        InvestigationCase investigation = cases.changeable(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        List<String> members =
                request.memberAgencies().stream().distinct().sorted().toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.validUntil().isBefore(request.validFrom())) {
            errors.add(new Problem.FieldError("validUntil", "joint-team.ends-before-start"));
        } else if (request.validUntil().isBefore(today)) {
            errors.add(new Problem.FieldError("validUntil", "joint-team.already-over"));
        }
        if (members.stream().anyMatch(member -> !Jurisdictions.isOwner(AgencyCode.stateOf(member)))) {
            errors.add(new Problem.FieldError("memberAgencies", "joint-team.members-g5-only"));
        }
        if (!members.contains(request.leaderAgency()) && !request.leaderAgency().equals(caller.agency())) {
            errors.add(new Problem.FieldError("leaderAgency", "joint-team.leader-must-be-member"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        JointTeam team = new JointTeam();
        team.id = UUID.randomUUID();
        team.caseId = caseId;
        team.name = request.name().strip();
        team.agreementReference = request.agreementReference().strip();
        team.leaderAgency = request.leaderAgency();
        team.memberAgencies = new ArrayList<>(members);
        team.validFrom = request.validFrom();
        team.validUntil = request.validUntil();
        team.status = JointTeam.Status.PLANNED;
        team.createdBy = caller.username();
        team.createdAt = clock.instant();
        teams.persist(team);
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                CaseService.audited(investigation),
                "joint team " + team.agreementReference,
                "PLANNED");
        if (!team.validFrom.isAfter(today)) {
            start(team, investigation);
        }
        return team;
    }

    @Transactional
    public List<JointTeam> ofCase(Caller caller, UUID caseId) {
        cases.visible(caller, caseId);
        return teams.ofCase(caseId);
    }

    /** Ends a team before its date, by the owner of the case. */
    @Transactional
    public JointTeam end(Caller caller, UUID caseId, UUID teamId) {
        InvestigationCase investigation = cases.changeable(caller, caseId);
        JointTeam team = teams.findByIdOptional(teamId)
                .filter(found -> found.caseId.equals(caseId))
                .orElseThrow(ProblemException::notFound);
        if (team.status == JointTeam.Status.ENDED) {
            throw new ProblemException(ProblemType.CONFLICT, "joint-team.already-ended");
        }
        finish(team, investigation);
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                CaseService.audited(investigation),
                "joint team " + team.agreementReference,
                "ENDED");
        return team;
    }

    @Scheduled(
            every = "${pcms.cases.joint-team-check}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyValidityDates() {
        applyValidity(LocalDate.now(clock));
    }

    /** Starts the teams whose validity has begun and ends those whose validity is over, as of {@code today}. */
    @Transactional
    public void applyValidity(LocalDate today) {
        for (JointTeam team : teams.dueToStart(today)) {
            if (team.validUntil.isBefore(today)) {
                team.status = JointTeam.Status.ENDED;
            } else {
                start(team, caseRepository.findById(team.caseId));
            }
        }
        for (JointTeam team : teams.dueToEnd(today)) {
            finish(team, caseRepository.findById(team.caseId));
        }
    }

    private void start(JointTeam team, InvestigationCase investigation) {
        Set<String> alreadyOpen = new HashSet<>(investigation.sovereignty.grantedTo());
        alreadyOpen.add(investigation.sovereignty.ownerAgency());
        List<String> granted = new ArrayList<>();
        for (String member : team.memberAgencies) {
            if (!alreadyOpen.contains(member)) {
                investigation.sovereignty.grantTo(member);
                granted.add(member);
            }
        }
        team.grantedAgencies = granted;
        team.status = JointTeam.Status.ACTIVE;
        timeline.recordByPlatform(
                investigation.id,
                TimelineEntry.Kind.JOINT_TEAM_STARTED,
                team.agreementReference + ": " + String.join(", ", team.memberAgencies));
    }

    private void finish(JointTeam team, InvestigationCase investigation) {
        // An agency another active team still needs keeps its access.
        Set<String> stillNeeded = new HashSet<>();
        teams.activeOnCase(team.caseId).stream()
                .filter(other -> !other.id.equals(team.id))
                .forEach(other -> stillNeeded.addAll(other.memberAgencies));
        // So does one an access request granted the case to.
        team.grantedAgencies.stream()
                .filter(agency -> !stillNeeded.contains(agency))
                .filter(agency -> !accessRequests.grantRunning(agency, investigation.id))
                .forEach(investigation.sovereignty::withdrawGrant);
        team.status = JointTeam.Status.ENDED;
        timeline.recordByPlatform(investigation.id, TimelineEntry.Kind.JOINT_TEAM_ENDED, team.agreementReference);
    }
}
