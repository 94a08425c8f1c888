package org.g5sahel.pcms.aml.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.model.FiuRequest;
import org.g5sahel.pcms.aml.service.FiuRequestService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;

/** FIU-to-FIU requests: every operation is the act of one of the two FIUs party to the request. */
@Path("/v1/fiu-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "FIU-to-FIU requests")
@RolesAllowed(Roles.FIU_ANALYST)
public class FiuRequestResource {

    private final FiuRequestService requests;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public FiuRequestResource(FiuRequestService requests, Idempotency idempotency, CurrentCaller caller) {
        this.requests = requests;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Requests the caller's FIU sent or received", description = "Newest first; keyset cursor.")
    public Page<FiuRequestView> search(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Keyset after = Keyset.parse(cursor);
        int size = Cursors.limit(limit);
        List<FiuRequest> fetched = requests.search(
                caller.get(), after == null ? null : after.at(), after == null ? null : after.id(), size + 1);
        return Page.of(fetched, size, request -> Keyset.key(request.createdAt, request.id))
                .mapItems(FiuRequestView::summary);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A request with its reply, consent and onward disseminations")
    public Response get(@PathParam("id") UUID id) {
        return ok(requests.get(caller.get(), id));
    }

    @POST
    @Operation(
            summary = "Send a request to another State's FIU",
            description = "Purpose, foreseen use, urgency and due date required. Honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull FiuRequestRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            FiuRequestService.Detail detail = requests.create(caller.get(), request.command());
            return Response.created(URI.create("v1/fiu-requests/" + detail.request().id))
                    .tag(Versions.etag(detail.request().version))
                    .entity(FiuRequestView.of(detail))
                    .build();
        });
    }

    @POST
    @Path("/{id}/reply")
    @Operation(summary = "Answer the request (answering FIU, If-Match)")
    public Response reply(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FiuRequestRequest.Reply reply) {
        return ok(requests.reply(caller.get(), id, ifMatch, reply.reply()));
    }

    @POST
    @Path("/{id}/consent-request")
    @Operation(summary = "Ask the answering FIU's consent to pass the reply on (requesting FIU, If-Match)")
    public Response requestConsent(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FiuRequestRequest.ConsentRequest request) {
        return ok(requests.requestConsent(caller.get(), id, ifMatch, request.recipients(), request.purpose()));
    }

    @POST
    @Path("/{id}/consent")
    @Operation(summary = "Grant or refuse consent to onward dissemination (answering FIU, If-Match)")
    public Response decideConsent(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FiuRequestRequest.ConsentDecision decision) {
        return ok(requests.decideConsent(caller.get(), id, ifMatch, decision.granted(), decision.conditions()));
    }

    @POST
    @Path("/{id}/disseminations")
    @Operation(
            summary = "Pass the reply on to a law-enforcement agency",
            description = "Requesting FIU only, If-Match; 409 unless the answering FIU consented for this recipient.")
    public Response disseminate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FiuRequestRequest.Dissemination dissemination) {
        return ok(requests.disseminate(caller.get(), id, ifMatch, dissemination.recipient(), dissemination.purpose()));
    }

    @POST
    @Path("/{id}/feedback")
    @Operation(summary = "Say how useful the reply was, closing the request (requesting FIU, If-Match)")
    public Response feedback(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FiuRequestRequest.Feedback feedback) {
        return ok(requests.feedback(caller.get(), id, ifMatch, feedback.usefulness(), feedback.feedback()));
    }

    private static Response ok(FiuRequestService.Detail detail) {
        return Response.ok(FiuRequestView.of(detail))
                .tag(Versions.etag(detail.request().version))
                .build();
    }
}
