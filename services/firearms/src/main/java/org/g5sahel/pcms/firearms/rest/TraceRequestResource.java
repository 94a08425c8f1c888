package org.g5sahel.pcms.firearms.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.firearms.model.TraceRequest;
import org.g5sahel.pcms.firearms.model.TraceStatus;
import org.g5sahel.pcms.firearms.repository.TraceRequestRepository;
import org.g5sahel.pcms.firearms.service.TraceRequestService;

@Path("/v1/trace-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trace requests (ITI)")
public class TraceRequestResource {

    private final TraceRequestService traces;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final HitViews hitViews;

    public TraceRequestResource(
            TraceRequestService traces, Idempotency idempotency, CurrentCaller caller, HitViews hitViews) {
        this.traces = traces;
        this.idempotency = idempotency;
        this.caller = caller;
        this.hitViews = hitViews;
    }

    @POST
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Ask the State of manufacture or last import to trace a firearm",
            description =
                    "Shared with the addressed State; due in 30 days (ROUTINE) or 7 (URGENT) unless dueDate says otherwise. Markings that match another State's firearm reported lost or stolen (make family, serial with look-alike characters folded) notify that State (firearms.recovered.hit) and answer reportedMissingHits. Honours Idempotency-Key.")
    public Response submit(
            @Valid @NotNull TraceRequestRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            TraceRequest trace = traces.submit(caller.get(), request.command());
            return Response.created(URI.create("v1/trace-requests/" + trace.id))
                    .tag(Versions.etag(trace.version))
                    .entity(view(trace))
                    .build();
        });
    }

    @GET
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR
    })
    @Operation(
            summary = "Trace requests sent by or addressed to the caller's State",
            description =
                    "box=sent|received|all; status; overdue=true for unanswered requests past their due date. Newest first.")
    public Page<TraceRequestView> list(
            @QueryParam("box") String box,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        TraceRequestRepository.Box which = box == null
                ? TraceRequestRepository.Box.ALL
                : QueryParams.enumValue(TraceRequestRepository.Box.class, "box", box);
        List<TraceRequest> fetched = traces.list(
                caller.get(),
                which,
                QueryParams.enumValue(TraceStatus.class, "status", status),
                Params.bool(overdue, "overdue"),
                Keyset.parse(cursor),
                size + 1);
        LocalDate today = traces.today();
        return Page.of(fetched, size, trace -> Keyset.key(trace.submittedAt, trace.id))
                .mapItems(trace -> TraceRequestView.of(trace, today, null));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR
    })
    public Response get(@PathParam("id") UUID id) {
        TraceRequest trace = traces.get(caller.get(), id);
        return Response.ok(view(trace)).tag(Versions.etag(trace.version)).build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "The addressed State acknowledges receipt",
            description = "Requires If-Match; 409 unless SUBMITTED.")
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TraceRequest trace = traces.acknowledge(caller.get(), id, ifMatch);
        return Response.ok(view(trace)).tag(Versions.etag(trace.version)).build();
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "The addressed State answers: traced, not traced or declined",
            description =
                    "Requires If-Match; 409 unless ACKNOWLEDGED. TRACED needs the last legal holder; DECLINED needs the reason in detail.")
    public Response answer(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TraceAnswerRequest answer) {
        TraceRequest trace = traces.answer(caller.get(), id, ifMatch, answer.command());
        return Response.ok(view(trace)).tag(Versions.etag(trace.version)).build();
    }

    /** A single request with the hits its markings found. */
    private TraceRequestView view(TraceRequest trace) {
        return TraceRequestView.of(
                trace,
                traces.today(),
                traces.hits(caller.get(), trace.id).stream().map(hitViews::of).toList());
    }
}
