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

@Path("/v1/diffusions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Diffusions")
public class DiffusionResource {

    private final NoticeService notices;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public DiffusionResource(NoticeService notices, Idempotency idempotency, CurrentCaller caller) {
        this.notices = notices;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Diffusions the caller may see (sent by its State or to it), newest first")
    public Page<NoticeView> search(
            @QueryParam("kind") Notice.Kind kind,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Notice> fetched =
                notices.search(caller.get(), Notice.Type.DIFFUSION, kind, null, Cursors.decode(cursor), size + 1);
        return Page.of(fetched, size, notice -> notice.sortKey).mapItems(NoticeView::of);
    }

    @GET
    @Path("/count")
    public Map<String, Long> count() {
        return Map.of("count", notices.count(caller.get(), Notice.Type.DIFFUSION, null));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return NoticeResource.ok(notices.get(caller.get(), Notice.Type.DIFFUSION, id));
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
            summary = "Send a diffusion to chosen States",
            description =
                    "No review: delivered at once to the national units of recipientStates (G5: the regional unit), shared with them only (SELECTED). Honours Idempotency-Key.")
    public Response send(
            @Valid @NotNull DiffusionRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Notice diffusion = notices.sendDiffusion(caller.get(), request.command());
            return Response.created(URI.create("v1/diffusions/" + diffusion.id))
                    .tag(Versions.etag(diffusion.version))
                    .entity(NoticeView.of(diffusion))
                    .build();
        });
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(
            summary = "Withdraw a diffusion",
            description = "The owning agency or the owning State's national coordinator. Requires If-Match.")
    public Response withdraw(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Reason reason) {
        return NoticeResource.ok(notices.withdraw(caller.get(), Notice.Type.DIFFUSION, id, ifMatch, reason.reason()));
    }
}
