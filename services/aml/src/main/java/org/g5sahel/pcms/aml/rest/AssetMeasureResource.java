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
import org.g5sahel.pcms.aml.model.AssetMeasure;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.aml.service.AssetMeasureService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;

@Path("/v1/asset-measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Asset measures")
public class AssetMeasureResource {

    private final AssetMeasureService measures;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public AssetMeasureResource(AssetMeasureService measures, Idempotency idempotency, CurrentCaller caller) {
        this.measures = measures;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({
        Roles.FIU_ANALYST,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Asset measures visible to the caller",
            description =
                    "Newest first; keyset cursor; filter by kind or report. Reads outside the owning FIU are audited.")
    public Page<AssetMeasureView> search(
            @QueryParam("kind") String kind,
            @QueryParam("reportId") UUID reportId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Keyset after = Keyset.parse(cursor);
        int size = Cursors.limit(limit);
        List<AssetMeasure> fetched = measures.search(
                caller.get(),
                QueryParams.enumValue(MeasureKind.class, "kind", kind),
                reportId,
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                size + 1);
        return Page.of(fetched, size, measure -> Keyset.key(measure.createdAt, measure.id))
                .mapItems(AssetMeasureView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.FIU_ANALYST,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(summary = "An asset measure with its status history")
    public Response get(@PathParam("id") UUID id) {
        AssetMeasure measure = measures.get(caller.get(), id);
        return Response.ok(AssetMeasureView.of(measure))
                .tag(Versions.etag(measure.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.FIU_ANALYST)
    @Operation(
            summary = "Record a freeze, seizure or confiscation",
            description =
                    "Owned by the caller's FIU, default distribution AGENCY, status ORDERED. Honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull AssetMeasureRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            AssetMeasure measure = measures.create(caller.get(), request.command());
            return Response.created(URI.create("v1/asset-measures/" + measure.id))
                    .tag(Versions.etag(measure.version))
                    .entity(AssetMeasureView.of(measure))
                    .build();
        });
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.FIU_ANALYST)
    @Operation(
            summary = "Move the measure to a new status",
            description =
                    "Owning FIU only; ORDERED → EXECUTED or LIFTED, EXECUTED → LIFTED (or ENFORCED for a confiscation). Appended to the history with the note. Requires If-Match.")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        AssetMeasure measure = measures.changeStatus(caller.get(), id, ifMatch, request.status(), request.note());
        return Response.ok(AssetMeasureView.of(measure))
                .tag(Versions.etag(measure.version))
                .build();
    }
}
