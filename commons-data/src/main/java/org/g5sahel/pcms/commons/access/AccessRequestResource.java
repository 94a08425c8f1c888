package org.g5sahel.pcms.commons.access;

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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

/**
 * Access requests on this service's records, the same resource in every service ({@code /api/<service>/v1/...}):
 * a hit's {@code reference} is the {@code recordId} to quote.
 */
@Path("/v1/access-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.BORDER_OFFICER,
    Roles.FIU_ANALYST,
    Roles.FIREARMS_OFFICER,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.PARTNER_SYSTEM
})
@Tag(name = "Access requests")
public class AccessRequestResource {

    private final AccessRequests accessRequests;
    private final CurrentCaller caller;

    public AccessRequestResource(AccessRequests accessRequests, CurrentCaller caller) {
        this.accessRequests = accessRequests;
        this.caller = caller;
    }

    public record AccessRequestCreate(
            @NotNull UUID recordId,
            @NotBlank @Size(max = 2000) String purpose,
            @Size(max = 500) String legalBasis) {}

    /** A grant takes a scope (INTELLIGENCE when absent) and a last day; a refusal, a reason. */
    public record DecisionRequest(
            boolean grant,
            AccessScope scope,
            @Size(max = 2000) String conditions,
            LocalDate until,
            @Size(max = 2000) String reason) {}

    public record RevocationRequest(
            @NotBlank @Size(max = 2000) String reason) {}

    public record AccessRequestView(
            UUID id,
            String recordType,
            UUID recordId,
            String ownerState,
            String ownerAgency,
            String requesterUsername,
            String requesterState,
            String requesterAgency,
            String purpose,
            String legalBasis,
            AccessRequest.Status status,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionReason,
            AccessScope scope,
            String conditions,
            LocalDate grantedUntil,
            String endedBy,
            Instant endedAt,
            String endReason) {

        public static AccessRequestView of(AccessRequest request) {
            return new AccessRequestView(
                    request.id(),
                    request.recordType(),
                    request.recordId(),
                    request.ownerState(),
                    request.ownerAgency(),
                    request.requesterUsername(),
                    request.requesterState(),
                    request.requesterAgency(),
                    request.purpose(),
                    request.legalBasis(),
                    request.status(),
                    request.requestedAt(),
                    request.decidedBy(),
                    request.decidedAt(),
                    request.decisionReason(),
                    request.scope(),
                    request.conditions(),
                    request.grantedUntil(),
                    request.endedBy(),
                    request.endedAt(),
                    request.endReason());
        }
    }

    @POST
    @Operation(
            summary = "Ask the owner of a record a hit showed for access to it",
            description = "Purpose required, legal basis recommended. 404 for a record no hit could have shown.")
    public Response request(@Valid @NotNull AccessRequestCreate create) {
        AccessRequest request =
                accessRequests.request(caller.get(), create.recordId(), create.purpose(), create.legalBasis());
        return Response.created(URI.create("v1/access-requests/" + request.id()))
                .entity(AccessRequestView.of(request))
                .build();
    }

    @GET
    @Operation(
            summary =
                    "Access requests the caller's agency made or must decide (its State's, for a national coordinator)")
    public List<AccessRequestView> list() {
        return accessRequests.involving(caller.get()).stream()
                .map(AccessRequestView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One access request the caller's agency made or must decide")
    public AccessRequestView get(@PathParam("id") UUID id) {
        return AccessRequestView.of(accessRequests.get(caller.get(), id));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(
            summary = "Grant (scope, last day) or decline (reason) an access request",
            description = "The owning agency or its national coordinator.")
    public AccessRequestView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return AccessRequestView.of(accessRequests.decide(
                caller.get(),
                id,
                new AccessRequests.Decision(
                        decision.grant(),
                        decision.scope(),
                        decision.conditions(),
                        decision.until(),
                        decision.reason())));
    }

    @POST
    @Path("/{id}/revocation")
    @Operation(
            summary = "End a grant before its last day",
            description = "The owning agency or its national coordinator.")
    public AccessRequestView revoke(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest revocation) {
        return AccessRequestView.of(accessRequests.revoke(caller.get(), id, revocation.reason()));
    }
}
