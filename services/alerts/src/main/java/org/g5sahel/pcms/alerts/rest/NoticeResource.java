package org.g5sahel.pcms.alerts.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.alerts.service.NoticeService;
import org.g5sahel.pcms.alerts.service.NoticeView;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;

@Path("/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notices")
public class NoticeResource {

    private final NoticeService notices;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public NoticeResource(NoticeService notices, Idempotency idempotency, CurrentCaller caller) {
        this.notices = notices;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Notices visible to the caller, newest first",
            description = "Notices under review or rejected only for their agency and reviewers; keyset cursor.")
    public Page<NoticeView> search(
            @QueryParam("kind") Notice.Kind kind,
            @QueryParam("status") Notice.Status status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Notice> fetched =
                notices.search(caller.get(), Notice.Type.NOTICE, kind, status, Cursors.decode(cursor), size + 1);
        return Page.of(fetched, size, notice -> notice.sortKey).mapItems(NoticeView::of);
    }

    @GET
    @Path("/count")
    public Map<String, Long> count(@QueryParam("status") Notice.Status status) {
        return Map.of("count", notices.count(caller.get(), Notice.Type.NOTICE, status));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(notices.get(caller.get(), Notice.Type.NOTICE, id));
    }

    @POST
    @RolesAllowed({
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.FIREARMS_OFFICER,
        Roles.FIU_ANALYST
    })
    @Operation(
            summary = "Submit a notice for review",
            description =
                    "Kinds WANTED, INFORMATION, WARNING, MISSING, UNIDENTIFIED, IMMINENT_THREAT, MODUS_OPERANDI; default distribution G5; published only when a second person of the owning State approves. Honours Idempotency-Key.")
    public Response submit(
            @Valid @NotNull NoticeRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Notice notice = notices.submitNotice(caller.get(), request.command());
            return Response.created(URI.create("v1/notices/" + notice.id))
                    .tag(Versions.etag(notice.version))
                    .entity(NoticeView.of(notice))
                    .build();
        });
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Publish or reject a notice under review",
            description =
                    "The owning State's national coordinator (the regional coordinator for G5 notices), never the author; a rejection needs a reason. Requires If-Match.")
    public Response review(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ApprovalDecision decision) {
        return ok(notices.review(caller.get(), id, ifMatch, decision.command()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(
            summary = "Withdraw a published notice",
            description = "The owning agency or the owning State's national coordinator. Requires If-Match.")
    public Response withdraw(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Reason reason) {
        return ok(notices.withdraw(caller.get(), Notice.Type.NOTICE, id, ifMatch, reason.reason()));
    }

    static Response ok(Notice notice) {
        return Response.ok(NoticeView.of(notice))
                .tag(Versions.etag(notice.version))
                .build();
    }
}
