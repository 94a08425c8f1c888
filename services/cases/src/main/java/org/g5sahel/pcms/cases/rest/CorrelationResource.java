package org.g5sahel.pcms.cases.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.service.CorrelationService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

/**
 * Cross-border hits. Access to the other side's case is asked through the access requests every service offers
 * ({@code /v1/access-requests}, quoting {@code otherCaseId}).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR })
@Tag(name = "Hit / no-hit and access requests")
public class CorrelationResource {

    private final CorrelationService correlations;
    private final CurrentCaller caller;

    public CorrelationResource(CorrelationService correlations, CurrentCaller caller) {
        this.correlations = correlations;
        this.caller = caller;
    }

    @GET
    @Path("/correlations")
    @Operation(summary = "Cross-border hits on the caller's agency's cases (its State's, for a national coordinator)")
    public List<Views.CorrelationView> correlations() {
        return correlations.involving(caller.get()).stream().map(Views.CorrelationView::of).toList();
    }
}
