package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.service.NominationService;

@Path("/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Nominations")
public class NominationResource {

    private final NominationService nominations;
    private final CurrentCaller caller;

    public NominationResource(NominationService nominations, CurrentCaller caller) {
        this.nominations = nominations;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Nomination nomination = nominations.get(caller.get(), id);
        return Response.ok(NominationView.of(nomination))
                .tag(Versions.etag(nomination.version))
                .build();
    }

    @PUT
    @Path("/{id}/decision")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Accept, wait-list or decline",
            description =
                    "The organiser only, before the session starts; accepting needs a free seat; declining an accepted nominee gives the seat to the wait list; requires If-Match.")
    public Response decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Decision decision) {
        Nomination nomination = nominations.decide(caller.get(), id, ifMatch, decision.command());
        return Response.ok(NominationView.of(nomination))
                .tag(Versions.etag(nomination.version))
                .build();
    }

    @PUT
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Withdraw a nominee",
            description =
                    "The nominating State's coordinator, before the session starts; a freed seat goes to the wait list; requires If-Match.")
    public Response withdraw(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid Withdrawal withdrawal) {
        Nomination nomination =
                nominations.withdraw(caller.get(), id, ifMatch, withdrawal == null ? null : withdrawal.reason());
        return Response.ok(NominationView.of(nomination))
                .tag(Versions.etag(nomination.version))
                .build();
    }

    @PUT
    @Path("/{id}/assessment")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Record the participant's assessment score",
            description = "The organiser, while the session is in progress; requires If-Match.")
    public Response assess(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentRequest assessment) {
        Nomination nomination = nominations.assess(caller.get(), id, ifMatch, assessment.score());
        return Response.ok(NominationView.of(nomination))
                .tag(Versions.etag(nomination.version))
                .build();
    }

    public record Withdrawal(@Size(max = 1000) String reason) {}
}
