package org.g5sahel.pcms.cases.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.service.AccessRequestService;
import org.g5sahel.pcms.cases.service.CorrelationService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.sovereignty.AccessRequest;

/** Cross-border hits and the access requests made from them. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR })
@Tag(name = "Hit / no-hit and access requests")
public class CorrelationResource {

    private final CorrelationService correlations;
    private final AccessRequestService accessRequests;
    private final CurrentCaller caller;

    public CorrelationResource(CorrelationService correlations, AccessRequestService accessRequests,
            CurrentCaller caller) {
        this.correlations = correlations;
        this.accessRequests = accessRequests;
        this.caller = caller;
    }

    public record AccessRequestCreate(@NotNull UUID correlationId, @NotBlank @Size(max = 2000) String purpose) {
    }

    public record Decision(boolean grant, @Size(max = 2000) String reason) {
    }

    @GET
    @Path("/correlations")
    @Operation(summary = "Cross-border hits on the caller's agency's cases (its State's, for a national coordinator)")
    public List<Views.CorrelationView> correlations() {
        return correlations.involving(caller.get()).stream().map(Views.CorrelationView::of).toList();
    }

    @POST
    @Path("/access-requests")
    @Operation(summary = "Ask the other side of a correlation for access to its case", description = "Purpose required.")
    public Response request(@Valid @NotNull AccessRequestCreate create) {
        AccessRequest request = accessRequests.request(caller.get(), create.correlationId(), create.purpose());
        return Response.created(URI.create("v1/access-requests/" + request.id()))
                .entity(Views.AccessRequestView.of(request)).build();
    }

    @GET
    @Path("/access-requests")
    @Operation(summary = "Access requests the caller's agency made or must decide")
    public List<Views.AccessRequestView> accessRequests() {
        return accessRequests.involving(caller.get()).stream().map(Views.AccessRequestView::of).toList();
    }

    @POST
    @Path("/access-requests/{id}/decision")
    @Operation(summary = "Grant or decline (with a reason) an access request", description = "The owning agency or its national coordinator.")
    public Views.AccessRequestView decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return Views.AccessRequestView.of(accessRequests.decide(caller.get(), id, decision.grant(), decision.reason()));
    }
}
