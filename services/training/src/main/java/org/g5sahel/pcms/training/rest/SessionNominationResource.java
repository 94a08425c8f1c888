package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;
import org.g5sahel.pcms.training.service.NominationService;

@Path("/v1/sessions/{sessionId}/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Nominations")
public class SessionNominationResource {

    private final NominationService nominations;
    private final DirectoryContacts directory;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public SessionNominationResource(
            NominationService nominations,
            DirectoryContacts directory,
            Idempotency idempotency,
            CurrentCaller caller,
            JsonWebToken token) {
        this.nominations = nominations;
        this.directory = directory;
        this.idempotency = idempotency;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(
            summary = "The session's nominations the caller may see",
            description = "The organiser sees all; a State sees its own. Ordered by nomination time.")
    public List<NominationView> ofSession(
            @PathParam("sessionId") UUID sessionId, @QueryParam("status") NominationStatus status) {
        return nominations.ofSession(caller.get(), sessionId, status).stream()
                .map(NominationView::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Nominate an officer of the caller's State",
            description =
                    "The officer is a directory contact, checked with the caller's token; within the State's quota; before the session starts; honours Idempotency-Key.")
    public Response nominate(
            @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull NominationRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // Asked before any transaction opens: no database connection waits on the directory.
        DirectoryContact officer =
                directory.contact(request.contactId(), token.getRawToken()).orElse(null);
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Nomination nomination = nominations.nominate(caller.get(), sessionId, request.command(), officer);
            return Response.created(URI.create("v1/nominations/" + nomination.id))
                    .tag(Versions.etag(nomination.version))
                    .entity(NominationView.of(nomination))
                    .build();
        });
    }
}
