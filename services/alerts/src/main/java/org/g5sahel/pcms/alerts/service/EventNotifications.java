package org.g5sahel.pcms.alerts.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Notifications drawn from other services' events. The notification keeps the source's envelope — owner State and
 * agency, distribution, and {@code sharedWith} when the producer puts it in the data — so it never reaches further
 * than the record it is about; it goes to the agency the event concerns, never to anyone else.
 */
@ApplicationScoped
public class EventNotifications {

    /** The source type of request notifications: the cases service's exchange request. */
    static final String REQUEST_SOURCE = "exchange-request";
    /** The source type of access-request notifications; the id is {@code <service>/<request id>/<action>}. */
    static final String ACCESS_REQUEST_SOURCE = "access-request";

    private final FanOut fanOut;
    private final NoticeService notices;
    private final Clock clock;

    public EventNotifications(FanOut fanOut, NoticeService notices, Clock clock) {
        this.fanOut = fanOut;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * A firearm reported stolen or lost: its owning agency is notified, and a notice asking every State to look for it
     * is drafted in the owner's name with the firearm's distribution. It waits for the owning State's review like any
     * notice (the issue wants notices reviewed before publication; the platform is not a second person).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void firearmReported(CloudEvent event, boolean stolen) {
        JsonNode data = event.data();
        Sovereignty sovereignty = envelope(event);
        String firearmId = text(data, "id");
        String description =
                join(" ", text(data, "type"), text(data, "make"), text(data, "model"), text(data, "calibre"));
        String serial = text(data, "serialNumber");
        String where = join(", ", text(data, "place"), text(data, "occurredOn"));
        String headline = (stolen ? "Arme déclarée volée : " : "Arme déclarée perdue : ") + description
                + (serial == null ? "" : " n° " + serial) + " (" + text(data, "reference") + ")";
        String summary = join(" — ", headline, where, text(data, "reason"));
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                stolen ? InboxItem.Kind.FIREARM_STOLEN : InboxItem.Kind.FIREARM_LOST,
                "firearm",
                firearmId,
                0,
                headline,
                summary,
                null,
                null,
                sovereignty);
        notices.draftFromEvent(
                sovereignty,
                "firearm",
                firearmId,
                Notice.Kind.INFORMATION,
                headline,
                summary,
                List.of(),
                "Saisir l’arme et informer " + event.owneragency());
    }

    /** A seized firearm matched another State's licit record: that record's owning agency is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void diversionDetected(CloudEvent event) {
        JsonNode data = event.data();
        String recipient = text(data, "firearmOwnerAgency");
        String recipientState = text(data, "firearmOwnerState");
        if (recipient == null || recipientState == null) {
            throw new IllegalArgumentException("diversion event without firearmOwnerAgency/firearmOwnerState");
        }
        String headline = "Détournement présumé : arme " + text(data, "firearmReference") + " saisie par "
                + text(data, "seizingAgency") + " le " + text(data, "seizedOn");
        fanOut.deliver(
                recipient,
                recipientState,
                InboxItem.Kind.FIREARM_DIVERSION,
                "diversion-notice",
                text(data, "noticeId"),
                0,
                headline,
                join(" — ", headline, text(data, "make"), text(data, "serialNormalised")),
                null,
                null,
                envelope(event));
    }

    /**
     * Another State came upon a firearm reported lost or stolen (a seizure, a search, a trace request): the record's
     * owning agency is told by whom, how, when, where and why; the finder's agency keeps the hit in its inbox, as the
     * officer who found the firearm is not always the one who follows it up. Both within the finding's distribution.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recoveredHit(CloudEvent event) {
        JsonNode data = event.data();
        String owner = text(data, "firearmOwnerAgency");
        String ownerState = text(data, "firearmOwnerState");
        if (owner == null || ownerState == null) {
            throw new IllegalArgumentException("recovered hit event without firearmOwnerAgency/firearmOwnerState");
        }
        boolean stolen = "STOLEN".equals(text(data, "firearmStatus"));
        String how = switch (String.valueOf(text(data, "foundThrough"))) {
            case "SEIZURE" -> "saisie " + text(data, "sourceReference");
            case "TRACE_REQUEST" -> "demande de traçage " + text(data, "sourceReference");
            default -> "recherche";
        };
        String firearm = join(" n° ", text(data, "make"), text(data, "serialNumber"));
        String place = text(data, "place");
        String ownerTitle = (stolen ? "Arme volée retrouvée : " : "Arme perdue retrouvée : ")
                + text(data, "firearmReference") + " — " + how + " par " + text(data, "finderAgency") + " le "
                + text(data, "foundOn") + (place == null ? "" : " à " + place);
        String purpose = text(data, "purpose");
        Sovereignty sovereignty = envelope(event);
        fanOut.deliver(
                owner,
                ownerState,
                InboxItem.Kind.FIREARM_RECOVERED,
                "recovered-hit",
                text(data, "hitId"),
                0,
                ownerTitle,
                join(
                        " — ",
                        ownerTitle,
                        firearm,
                        purpose == null ? null : "motif : " + purpose,
                        "signalée le " + text(data, "reportedOn")),
                null,
                null,
                sovereignty);
        String finderTitle = "Arme signalée " + (stolen ? "volée" : "perdue") + " par " + ownerState + " le "
                + text(data, "reportedOn") + " (" + text(data, "firearmReference") + ") — contacter " + owner;
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.FIREARM_RECOVERED,
                "recovered-hit",
                text(data, "hitId"),
                0,
                finderTitle,
                join(" — ", finderTitle, how, firearm),
                null,
                null,
                sovereignty);
    }

    /** A subject of an FIU's report matched a sanctions list: the FIU that owns the report is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sanctionsHit(CloudEvent event) {
        JsonNode data = event.data();
        String headline = "Correspondance sanctions : " + text(data, "subjectName") + " ~ " + text(data, "listedName")
                + " (" + text(data, "list") + ", score " + text(data, "score") + ")";
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.SANCTIONS_HIT,
                "aml-screening-hit",
                event.subject(),
                0,
                headline,
                join(" — ", headline, "déclaration " + text(data, "reportReference")),
                null,
                null,
                envelope(event));
    }

    /** A subject of a case is also in another State's case: each case owner gets its own event and notification. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correlationHit(CloudEvent event) {
        JsonNode data = event.data();
        List<String> kinds = new ArrayList<>();
        data.path("identifierKinds").forEach(kind -> kinds.add(kind.asText()));
        String headline = "Corrélation : " + text(data, "caseReference") + " et " + text(data, "otherCaseReference")
                + " (" + text(data, "otherAgency") + ") partagent " + String.join(", ", kinds);
        // One event per case owner: the case reference tells them apart when both cases belong to one agency.
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.CASE_CORRELATION,
                "case-correlation",
                event.subject() + "/" + text(data, "caseReference"),
                0,
                headline,
                headline,
                null,
                null,
                envelope(event));
    }

    /**
     * A record of this agency shares a strong identifier with another State's record, in any registry: each owner gets
     * its own event, whose explanation names its own items and, of the other record, its kind, State, agency and
     * reference. The owner's desk is in the match's view ({@code GET /api/cases/v1/registry-matches}), read with the
     * officer's token.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registryMatch(CloudEvent event) {
        JsonNode data = event.data();
        String headline = "Correspondance : " + text(data, "explanation");
        String summary = join(" — ", headline, "contacter " + text(data, "otherAgency"));
        // One event per owner: the record id tells the two sides apart.
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.REGISTRY_MATCH,
                "registry-match",
                event.subject() + "/" + text(data, "recordId"),
                0,
                headline,
                summary,
                null,
                null,
                envelope(event));
    }

    /**
     * A caller went past the day's quota of hidden hits in the firearms registry, on this agency's records among
     * others: the agency is warned once that day (its records may be being mapped serial by serial).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enumerationSuspected(CloudEvent event) {
        JsonNode data = event.data();
        String headline = "Recherches répétées sur vos armes : " + text(data, "searcherUsername") + " ("
                + text(data, "searcherAgency") + ") a dépassé " + text(data, "hiddenHitsPerDay")
                + " correspondances masquées le " + text(data, "day");
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.ENUMERATION_SUSPECTED,
                "firearms-search",
                event.subject(),
                0,
                headline,
                join(
                        " — ",
                        headline,
                        text(data, "withheldHits") + " correspondance(s) de vos registres refusée(s)",
                        "motif déclaré : " + text(data, "purpose")),
                null,
                null,
                envelope(event));
    }

    /** A new exchange request: each agency it is addressed to is told, with the request's sender and due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestSent(CloudEvent event) {
        JsonNode data = event.data();
        String headline = "Nouvelle demande " + text(data, "reference") + " de " + text(data, "senderAgency") + " ("
                + text(data, "type") + ", " + text(data, "urgency") + ")";
        String summary = join(" — ", headline, "échéance " + text(data, "dueAt"));
        Sovereignty sovereignty = envelope(event);
        data.path("recipients")
                .forEach(recipient -> fanOut.deliver(
                        recipient.asText(),
                        AgencyCode.stateOf(recipient.asText()),
                        InboxItem.Kind.REQUEST_RECEIVED,
                        REQUEST_SOURCE,
                        text(data, "requestId"),
                        0,
                        headline,
                        summary,
                        null,
                        null,
                        sovereignty));
    }

    /** A recipient answered or declined a request: the requesting agency is told, each recipient's conclusion apart. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestConcluded(CloudEvent event, boolean answered) {
        JsonNode data = event.data();
        String headline = answered
                ? "Réponse de " + text(data, "recipientAgency") + " à votre demande " + text(data, "reference")
                : "Demande " + text(data, "reference") + " déclinée par " + text(data, "recipientAgency");
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                answered ? InboxItem.Kind.REQUEST_ANSWERED : InboxItem.Kind.REQUEST_DECLINED,
                REQUEST_SOURCE,
                text(data, "requestId") + "/" + text(data, "recipientAgency"),
                0,
                headline,
                join(" — ", headline, text(data, "reason")),
                null,
                null,
                envelope(event));
    }

    /** A recipient let a request's due date pass: the requesting agency and that recipient are reminded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestOverdue(CloudEvent event) {
        JsonNode data = event.data();
        String late = text(data, "recipientAgency");
        String sourceId = text(data, "requestId") + "/" + late;
        String due = "échéance " + text(data, "dueAt");
        Sovereignty sovereignty = envelope(event);
        String toSender = "Demande " + text(data, "reference") + " en retard : " + late + " n’a pas répondu";
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                InboxItem.Kind.REQUEST_OVERDUE,
                REQUEST_SOURCE,
                sourceId,
                0,
                toSender,
                join(" — ", toSender, due),
                null,
                null,
                sovereignty);
        String toRecipient =
                "Demande " + text(data, "reference") + " de " + event.owneragency() + " : échéance dépassée, à traiter";
        fanOut.deliver(
                late,
                text(data, "recipientState"),
                InboxItem.Kind.REQUEST_OVERDUE,
                REQUEST_SOURCE,
                sourceId,
                0,
                toRecipient,
                join(" — ", toRecipient, due),
                null,
                null,
                sovereignty);
    }

    /**
     * A file added to a request: a recipient's reaches the requesting agency (often a document that follows the
     * answer), the requester's reaches every recipient.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestAttachment(CloudEvent event) {
        JsonNode data = event.data();
        String author = text(data, "recipientAgency");
        String sourceId = text(data, "requestId") + "/" + text(data, "attachmentId");
        Sovereignty sovereignty = envelope(event);
        if (author != null) {
            String headline = author + " a joint " + text(data, "fileName")
                    + (data.path("afterAnswer").asBoolean() ? " à sa réponse à " : " à la demande ")
                    + text(data, "reference");
            fanOut.deliver(
                    event.owneragency(),
                    event.ownerstate(),
                    InboxItem.Kind.REQUEST_ATTACHMENT,
                    REQUEST_SOURCE,
                    sourceId,
                    0,
                    headline,
                    headline,
                    null,
                    null,
                    sovereignty);
            return;
        }
        String headline =
                event.owneragency() + " a joint " + text(data, "fileName") + " à la demande " + text(data, "reference");
        data.path("sharedWith")
                .forEach(recipient -> fanOut.deliver(
                        recipient.asText(),
                        AgencyCode.stateOf(recipient.asText()),
                        InboxItem.Kind.REQUEST_ATTACHMENT,
                        REQUEST_SOURCE,
                        sourceId,
                        0,
                        headline,
                        headline,
                        null,
                        null,
                        sovereignty));
    }

    /**
     * An access request on a record of {@code service}: the owner hears of a request (who asks, why, on what legal
     * basis), the requester of the decision and its terms, or of the grant's end. The event is addressed to the one
     * agency it concerns, which is who receives the item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accessRequest(CloudEvent event, String service, String action) {
        JsonNode data = event.data();
        String owner = text(data, "ownerAgency");
        String record = join(" ", text(data, "recordType"), text(data, "recordReference"));
        InboxItem.Kind kind;
        String headline;
        String summary;
        switch (action) {
            case "submitted" -> {
                kind = InboxItem.Kind.ACCESS_REQUESTED;
                headline = "Demande d’accès de " + text(data, "requesterAgency") + " à votre " + record;
                summary = join(
                        " — ",
                        headline,
                        "motif : " + text(data, "purpose"),
                        text(data, "legalBasis") == null ? null : "base légale : " + text(data, "legalBasis"));
            }
            case "granted" -> {
                kind = InboxItem.Kind.ACCESS_GRANTED;
                headline = "Accès accordé par " + owner + " (" + text(data, "recordType") + ") jusqu’au "
                        + text(data, "grantedUntil");
                summary = join(
                        " — ",
                        headline,
                        "usage : "
                                + ("EVIDENCE".equals(text(data, "scope"))
                                        ? "renseignement et preuve"
                                        : "renseignement seulement"),
                        text(data, "conditions"));
            }
            case "declined" -> {
                kind = InboxItem.Kind.ACCESS_DECLINED;
                headline = "Accès refusé par " + owner + " (" + text(data, "recordType") + ")";
                summary = join(" — ", headline, text(data, "reason"));
            }
            case "revoked", "expired" -> {
                kind = InboxItem.Kind.ACCESS_ENDED;
                headline = ("revoked".equals(action) ? "Accès révoqué par " + owner : "Accès arrivé à échéance") + " ("
                        + text(data, "recordType") + ", " + owner + ")";
                summary = join(" — ", headline, text(data, "reason"));
            }
            default -> {
                return;
            }
        }
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                kind,
                ACCESS_REQUEST_SOURCE,
                service + "/" + text(data, "accessRequestId") + "/" + action,
                0,
                headline,
                summary,
                null,
                null,
                envelope(event));
    }

    /**
     * One of the agency's records nears its review date, or passed it: the owning agency alone is told (the event is
     * addressed to it), once per record and review date. The item names the record by its id, and the review date
     * tells the cycles apart.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewNotice(CloudEvent event, boolean overdue) {
        JsonNode data = event.data();
        String record = join(" — ", text(data, "reference"), text(data, "title"));
        String name = record.isEmpty() ? text(data, "recordType") + " " + text(data, "recordId") : record;
        String reviewBy = text(data, "reviewBy");
        String headline = overdue
                ? "Révision dépassée : " + name + " (depuis le " + reviewBy + ")"
                : "À réviser : " + name + " (avant le " + reviewBy + ")";
        String summary = overdue
                ? "Caché aux autres services jusqu’à ce que vous le reconfirmiez ; reconfirmez, restreignez ou supprimez"
                : "Reconfirmez-le, restreignez sa diffusion ou supprimez-le s’il n’est plus nécessaire";
        fanOut.deliver(
                event.owneragency(),
                event.ownerstate(),
                overdue ? InboxItem.Kind.REVIEW_OVERDUE : InboxItem.Kind.REVIEW_DUE,
                text(data, "recordType"),
                text(data, "recordId"),
                (int) LocalDate.parse(reviewBy).toEpochDay(),
                headline,
                join(" — ", headline, summary),
                null,
                null,
                envelope(event));
    }

    /** The source's envelope; an unknown distribution is refused (retried, then dead-lettered for an operator). */
    private Sovereignty envelope(CloudEvent event) {
        Distribution distribution;
        try {
            distribution = Distribution.valueOf(event.distribution().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Log.warnf("Event %s has an unknown distribution %s", event.id(), event.distribution());
            throw e;
        }
        List<String> sharedWith = new ArrayList<>();
        if (event.data() != null) {
            event.data().path("sharedWith").forEach(recipient -> sharedWith.add(recipient.asText()));
        }
        return Sovereignties.ofEvent(
                event.ownerstate(),
                event.owneragency(),
                distribution,
                sharedWith,
                NoticeService.REVIEW_PERIOD,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String join(String separator, String... parts) {
        return String.join(
                separator,
                Stream.of(parts)
                        .filter(Objects::nonNull)
                        .filter(part -> !part.isBlank())
                        .toList());
    }
}
