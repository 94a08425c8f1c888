package org.g5sahel.pcms.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.Attachment;
import org.g5sahel.pcms.cases.model.CaseLink;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.cases.model.DeliveryLeg;
import org.g5sahel.pcms.cases.model.ExchangeRequest;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.JointTeam;
import org.g5sahel.pcms.cases.model.RecipientStatus;
import org.g5sahel.pcms.cases.model.RequestMessage;
import org.g5sahel.pcms.cases.model.RequestType;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.model.Urgency;
import org.g5sahel.pcms.cases.service.CorrelationService;
import org.g5sahel.pcms.cases.service.PossibleMatches;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;

/** The JSON shapes of the cases API other than cases and subjects. */
public final class Views {

    private Views() {}

    public record TimelineEntryView(
            Instant at,
            String actor,
            String actorAgency,
            TimelineEntry.Kind kind,
            String detail,
            TimelineEntry.RelatedKind relatedKind,
            UUID relatedId) {
        static TimelineEntryView of(TimelineEntry entry) {
            return new TimelineEntryView(
                    entry.at,
                    entry.actor,
                    entry.actorAgency,
                    entry.kind,
                    entry.detail,
                    entry.relatedKind,
                    entry.relatedId);
        }
    }

    public record CaseLinkView(
            UUID linkedCaseId,
            String linkedCaseReference,
            String linkedCaseTitle,
            CaseLink.Relation relation,
            String createdBy,
            Instant createdAt) {
        static CaseLinkView of(CaseLink link, InvestigationCase linked) {
            return new CaseLinkView(
                    linked.id, linked.reference, linked.title, link.relation, link.createdBy, link.createdAt);
        }
    }

    public record RecipientView(
            String agency,
            String state,
            RecipientStatus status,
            Instant acknowledgedAt,
            Instant answeredAt,
            String declinedReason) {}

    /**
     * A request as one of its parties sees it: the sender sees every recipient's status and the case; a recipient sees
     * the list of addressees, its own status and nothing of the case.
     */
    public record ExchangeRequestView(
            UUID id,
            String reference,
            RequestType type,
            UUID caseId,
            String senderState,
            String senderAgency,
            String senderUsername,
            List<String> addressees,
            List<RecipientView> recipients,
            Urgency urgency,
            Instant dueAt,
            boolean overdue,
            boolean closed,
            String subject,
            String body,
            String purpose,
            String legalBasis,
            HandlingCode handlingCode,
            String handlingRestriction,
            SourceReliability sourceReliability,
            int informationAccuracy,
            Instant sentAt,
            long version) {

        static ExchangeRequestView of(ExchangeRequest request, Caller caller, Instant now) {
            boolean sender = request.senderAgency.equals(caller.agency());
            List<RecipientView> recipients = request.recipients.stream()
                    .filter(recipient -> sender || recipient.agency.equals(caller.agency()))
                    .map(recipient -> new RecipientView(
                            recipient.agency,
                            recipient.state,
                            recipient.status,
                            recipient.acknowledgedAt,
                            recipient.answeredAt,
                            recipient.declinedReason))
                    .toList();
            return new ExchangeRequestView(
                    request.id,
                    request.reference,
                    request.type,
                    sender ? request.caseId : null,
                    request.senderState,
                    request.senderAgency,
                    request.senderUsername,
                    List.copyOf(request.recipientAgencies),
                    recipients,
                    request.urgency,
                    request.dueAt,
                    request.isOverdue(now),
                    request.closed,
                    request.subjectLine,
                    request.body,
                    request.purpose,
                    request.legalBasis,
                    request.handlingCode,
                    request.handlingRestriction,
                    request.sourceReliability,
                    request.informationAccuracy,
                    request.sentAt,
                    request.version);
        }
    }

    public record MessageView(
            UUID id,
            String authorUsername,
            String authorState,
            String authorAgency,
            List<String> addressedTo,
            String body,
            boolean finalAnswer,
            HandlingCode handlingCode,
            String handlingRestriction,
            SourceReliability sourceReliability,
            int informationAccuracy,
            Instant createdAt) {
        static MessageView of(RequestMessage message) {
            return new MessageView(
                    message.id,
                    message.authorUsername,
                    message.authorState,
                    message.authorAgency,
                    List.copyOf(message.addressedTo),
                    message.body,
                    message.finalAnswer,
                    message.handlingCode,
                    message.handlingRestriction,
                    message.sourceReliability,
                    message.informationAccuracy,
                    message.createdAt);
        }
    }

    public record AttachmentView(
            UUID id,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            String uploadedAgency,
            Instant uploadedAt) {
        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(
                    attachment.id,
                    attachment.fileName,
                    attachment.contentType,
                    attachment.sizeBytes,
                    attachment.sha256,
                    attachment.uploadedBy,
                    attachment.uploadedAgency,
                    attachment.uploadedAt);
        }
    }

    public record JointTeamView(
            UUID id,
            UUID caseId,
            String name,
            String agreementReference,
            String leaderAgency,
            List<String> memberAgencies,
            LocalDate validFrom,
            LocalDate validUntil,
            JointTeam.Status status,
            String createdBy,
            Instant createdAt) {
        static JointTeamView of(JointTeam team) {
            return new JointTeamView(
                    team.id,
                    team.caseId,
                    team.name,
                    team.agreementReference,
                    team.leaderAgency,
                    List.copyOf(team.memberAgencies),
                    team.validFrom,
                    team.validUntil,
                    team.status,
                    team.createdBy,
                    team.createdAt);
        }
    }

    public record LegView(
            int position,
            String state,
            DeliveryLeg.Role role,
            String handoverPoint,
            boolean authorised,
            String authority,
            String authorisationReference,
            LocalDate authorisedOn,
            String authorisedBy) {}

    /** A delivery; the case it belongs to is shown only to the owning agency. */
    public record ControlledDeliveryView(
            UUID id,
            UUID caseId,
            String ownerState,
            String ownerAgency,
            String consignment,
            Instant plannedStart,
            Instant plannedEnd,
            ControlledDelivery.Status status,
            boolean fullyAuthorised,
            List<LegView> route,
            Instant startedAt,
            ControlledDelivery.Outcome outcome,
            String outcomeDetail,
            Instant outcomeAt,
            long version) {
        static ControlledDeliveryView of(ControlledDelivery delivery, Caller caller) {
            return new ControlledDeliveryView(
                    delivery.id,
                    delivery.ownerAgency.equals(caller.agency()) ? delivery.caseId : null,
                    delivery.ownerState,
                    delivery.ownerAgency,
                    delivery.consignment,
                    delivery.plannedStart,
                    delivery.plannedEnd,
                    delivery.status,
                    delivery.fullyAuthorised(),
                    delivery.legs.stream()
                            .map(leg -> new LegView(
                                    leg.position,
                                    leg.state,
                                    leg.role,
                                    leg.handoverPoint,
                                    leg.isAuthorised(),
                                    leg.authority,
                                    leg.authorisationReference,
                                    leg.authorisedOn,
                                    leg.authorisedBy))
                            .toList(),
                    delivery.startedAt,
                    delivery.outcome,
                    delivery.outcomeDetail,
                    delivery.outcomeAt,
                    delivery.version);
        }
    }

    /**
     * A correlation from one owner's side: its own case, and of the other side only the State, the agency, the case
     * reference and an opaque id to quote in an access request.
     */
    /** A correlation as one side sees it: its own subjects that matched, the other side's case and owner only. */
    /**
     * A correlation as one side's owner sees it: a hit on strong identifiers ({@code STRONG_IDENTIFIER}, one per pair
     * of cases) or a possible match by name and date of birth ({@code POSSIBLE_MATCH}, one per pair of subjects,
     * {@code identifierKinds} {@code NAME_AND_BIRTH_DATE}). {@code explanation}, word by word in the reader's
     * language, is given only for a possible match whose two subjects the reader may see; otherwise null.
     */
    public record CorrelationView(
            UUID id,

            @Schema(enumeration = {"STRONG_IDENTIFIER", "POSSIBLE_MATCH"})
            String kind,

            Instant detectedAt,
            @Schema(example = "[\"NAME_AND_BIRTH_DATE\"]") List<String> identifierKinds,
            UUID caseId,
            String caseReference,
            List<CorrelationService.MatchedSubject> ownSubjects,
            String otherState,
            String otherAgency,
            String otherCaseReference,

            @Schema(description = "Opaque: what an access request to the other case quotes")
            UUID otherCaseId,

            @Schema(
                    description = "A possible match, to a reader who may see both subjects; otherwise null",
                    example = "[\"« Muhammad » ~ « Mohamed » : même prononciation selon les règles de romanisation"
                            + " (ou/u, kh, ch/sh, lettres doublées) (0,96)\", \"même date de naissance\"]")
            List<String> explanation) {
        static CorrelationView of(CorrelationService.Side side) {
            return new CorrelationView(
                    side.hit().id,
                    CorrelationService.STRONG_IDENTIFIER,
                    side.hit().detectedAt,
                    List.copyOf(side.hit().identifierKinds),
                    side.own().id,
                    side.own().reference,
                    side.ownSubjects(),
                    side.other().sovereignty.ownerState(),
                    side.other().sovereignty.ownerAgency(),
                    side.other().reference,
                    side.other().id,
                    null);
        }

        static CorrelationView of(PossibleMatches.Side side) {
            return new CorrelationView(
                    side.match().id,
                    CorrelationService.POSSIBLE_MATCH,
                    side.match().detectedAt,
                    List.of(side.match().basis),
                    side.own().id,
                    side.own().reference,
                    List.of(side.ownSubject()),
                    side.other().sovereignty.ownerState(),
                    side.other().sovereignty.ownerAgency(),
                    side.other().reference,
                    side.other().id,
                    side.explanation());
        }
    }
}
