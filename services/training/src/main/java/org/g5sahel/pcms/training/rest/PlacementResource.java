package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.training.client.DirectoryContact;
import org.g5sahel.pcms.training.client.DirectoryContacts;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.PlacementStatus;
import org.g5sahel.pcms.training.service.PlacementService;

@Path("/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Immersion placements")
public class PlacementResource {

    private final PlacementService placements;
    private final DirectoryContacts directory;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public PlacementResource(
            PlacementService placements,
            DirectoryContacts directory,
            Idempotency idempotency,
            CurrentCaller caller,
            JsonWebToken token) {
        this.placements = placements;
        this.directory = directory;
        this.idempotency = idempotency;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(
            summary = "Placements the caller may see",
            description = "The proposing State's and the host State's; ordered by start date; at most 200.")
    public List<PlacementView> search(
            @QueryParam("hostAgency") String hostAgency,
            @QueryParam("status") PlacementStatus status,
            @QueryParam("contactId") UUID contactId) {
        return placements.search(caller.get(), hostAgency, status, contactId).stream()
                .map(PlacementView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Placement placement = placements.get(caller.get(), id);
        return Response.ok(PlacementView.of(placement))
                .tag(Versions.etag(placement.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Propose an officer of the caller's State to an agency of another State",
            description = "Checked against the directory with the caller's token; honours Idempotency-Key.")
    public Response propose(
            @Valid @NotNull PlacementRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        DirectoryContact officer =
                directory.contact(request.contactId(), token.getRawToken()).orElse(null);
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Placement placement = placements.propose(caller.get(), request.command(), officer);
            return Response.created(URI.create("v1/placements/" + placement.id))
                    .tag(Versions.etag(placement.version))
                    .entity(PlacementView.of(placement))
                    .build();
        });
    }

    @PUT
    @Path("/{id}/decision")
    @Operation(
            summary = "The host agency accepts or declines",
            description = "Someone of the host agency or the host State's national coordinator; requires If-Match.")
    public Response decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HostDecision decision) {
        Placement placement = placements.decide(caller.get(), id, ifMatch, decision.accept(), decision.reason());
        return Response.ok(PlacementView.of(placement))
                .tag(Versions.etag(placement.version))
                .build();
    }

    @PUT
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "The proposing State cancels", description = "Requires If-Match.")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid NominationResource.Withdrawal cancellation) {
        Placement placement =
                placements.cancel(caller.get(), id, ifMatch, cancellation == null ? null : cancellation.reason());
        return Response.ok(PlacementView.of(placement))
                .tag(Versions.etag(placement.version))
                .build();
    }

    public record HostDecision(
            @NotNull Boolean accept, @Size(max = 1000) String reason) {}
}
