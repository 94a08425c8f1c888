package org.g5sahel.pcms.directory.consumer;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventHandler;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.service.AgencyOrganizations;

/**
 * The directory's own agency events, applied to Keycloak: an agency created, renamed or deactivated creates, updates
 * or disables its organization. Going through the broker rather than calling Keycloak in the request means an agency
 * is saved even while Keycloak is down; the event is retried until Keycloak takes it.
 */
@ApplicationScoped
@LookupIfProperty(name = "pcms.directory.identity.enabled", stringValue = "true")
public class AgencyOrganizationsConsumer implements EventHandler {

    private final AgencyRepository agencies;
    private final AgencyOrganizations organizations;

    public AgencyOrganizationsConsumer(AgencyRepository agencies, AgencyOrganizations organizations) {
        this.agencies = agencies;
        this.organizations = organizations;
    }

    @Override
    public String queue() {
        return "agency-organizations";
    }

    @Override
    public List<String> bindings() {
        return List.of("directory.agency.*");
    }

    /** The agency as it is now, not as the event carried it: events of one agency may arrive out of order. */
    @Override
    @Transactional
    public void handle(CloudEvent event) {
        agencies.findByIdOptional(event.subject()).ifPresent(agency -> organizations.sync(agency, false));
    }
}
