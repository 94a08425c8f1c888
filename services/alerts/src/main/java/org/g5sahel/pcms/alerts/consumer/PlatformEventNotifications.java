package org.g5sahel.pcms.alerts.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.g5sahel.pcms.alerts.service.EventNotifications;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventHandler;

/**
 * Other services' events that concern the owners of their records: firearms reported stolen or lost, diversions found
 * at a seizure, lost or stolen firearms found by another State, sanctions hits of the FIUs, correlations between
 * cases, matches between records of any registries of two States, the steps of information-exchange requests,
 * access requests, and every service's records nearing or past their review date. Each becomes a notification in the inbox of the agency
 * concerned, with the source's distribution; the commons inbox applies each event once.
 */
@ApplicationScoped
public class PlatformEventNotifications implements EventHandler {

    static final String FIREARM_STOLEN = "firearms.record.reported-stolen";
    static final String FIREARM_LOST = "firearms.record.reported-lost";
    static final String DIVERSION = "firearms.seizure.diversion-detected";
    static final String RECOVERED = "firearms.recovered.hit";
    static final String SANCTIONS_HIT = "aml.screening.hit";
    static final String CORRELATION = "cases.correlation.hit";
    static final String REGISTRY_MATCH = "cases.registry-match.found";
    static final String ENUMERATION = "firearms.search.enumeration-suspected";
    static final String REQUEST_SENT = "cases.request.sent";
    static final String REQUEST_ANSWERED = "cases.request.answered";
    static final String REQUEST_DECLINED = "cases.request.declined";
    static final String REQUEST_OVERDUE = "cases.request.overdue";
    static final String REQUEST_ATTACHMENT = "cases.request.attachment-added";
    /** Access requests on any service's records: {@code <service>.access-request.<action>}. */
    static final String ACCESS_REQUESTS = "*.access-request.*";

    private static final String ACCESS_REQUEST_INFIX = ".access-request.";
    /** Every service's retention review ({@code <service>.record.review-due}): bound by pattern. */
    static final String REVIEW_DUE = "*.record.review-due";

    static final String REVIEW_OVERDUE = "*.record.review-overdue";

    private final EventNotifications notifications;

    public PlatformEventNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String queue() {
        return "notifications";
    }

    @Override
    public List<String> bindings() {
        return List.of(
                FIREARM_STOLEN,
                FIREARM_LOST,
                DIVERSION,
                RECOVERED,
                SANCTIONS_HIT,
                CORRELATION,
                REGISTRY_MATCH,
                ENUMERATION,
                REQUEST_SENT,
                REQUEST_ANSWERED,
                REQUEST_DECLINED,
                REQUEST_OVERDUE,
                REQUEST_ATTACHMENT,
                ACCESS_REQUESTS,
                REVIEW_DUE,
                REVIEW_OVERDUE);
    }

    @Override
    @Transactional
    public void handle(CloudEvent event) {
        if (handledAsReview(event)) {
            return;
        }
        String routingKey = routingKeyOf(event.type());
        int accessRequest = routingKey.indexOf(ACCESS_REQUEST_INFIX);
        if (accessRequest > 0) {
            notifications.accessRequest(
                    event,
                    routingKey.substring(0, accessRequest),
                    routingKey.substring(accessRequest + ACCESS_REQUEST_INFIX.length()));
            return;
        }
        switch (routingKey) {
            case FIREARM_STOLEN -> notifications.firearmReported(event, true);
            case FIREARM_LOST -> notifications.firearmReported(event, false);
            case DIVERSION -> notifications.diversionDetected(event);
            case RECOVERED -> notifications.recoveredHit(event);
            case SANCTIONS_HIT -> notifications.sanctionsHit(event);
            case CORRELATION -> notifications.correlationHit(event);
            case REGISTRY_MATCH -> notifications.registryMatch(event);
            case ENUMERATION -> notifications.enumerationSuspected(event);
            case REQUEST_SENT -> notifications.requestSent(event);
            case REQUEST_ANSWERED -> notifications.requestConcluded(event, true);
            case REQUEST_DECLINED -> notifications.requestConcluded(event, false);
            case REQUEST_OVERDUE -> notifications.requestOverdue(event);
            case REQUEST_ATTACHMENT -> notifications.requestAttachment(event);
            // Bound to the keys above only; anything else is not for this queue and is acknowledged untouched.
            default -> {}
        }
    }

    /** A review notice of any service, told apart by the end of its routing key. */
    private boolean handledAsReview(CloudEvent event) {
        String key = routingKeyOf(event.type());
        boolean due = key.endsWith(REVIEW_DUE.substring(1));
        if (!due && !key.endsWith(REVIEW_OVERDUE.substring(1))) {
            return false;
        }
        notifications.reviewNotice(event, !due);
        return true;
    }

    /** {@code pcms.firearms.record.reported-stolen.v1} → {@code firearms.record.reported-stolen}. */
    static String routingKeyOf(String type) {
        String withoutPrefix = type.startsWith("pcms.") ? type.substring("pcms.".length()) : type;
        int version = withoutPrefix.lastIndexOf(".v");
        return version < 0 ? withoutPrefix : withoutPrefix.substring(0, version);
    }
}
