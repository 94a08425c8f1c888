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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.firearms.model.DiversionNotice;
import org.g5sahel.pcms.firearms.model.Seizure;
import org.g5sahel.pcms.firearms.service.SeizureService;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seizures and diversions")
public class SeizureResource {

    private final SeizureService seizures;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final HitViews hitViews;

    public SeizureResource(SeizureService seizures, Idempotency idempotency, CurrentCaller caller, HitViews hitViews) {
        this.seizures = seizures;
        this.idempotency = idempotency;
        this.caller = caller;
        this.hitViews = hitViews;
    }

    @POST
    @Path("/seizures")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.BORDER_OFFICER})
    @Operation(
            summary = "Record a seizure of firearms (known records or new ones)",
            description =
                    "Default distribution NATIONAL; the seizing agency's own records become SEIZED. Each firearm is matched against other States' records by make family and serial with look-alike characters folded: a record reported lost or stolen notifies its owner with the seizure's place and date (firearms.recovered.hit), a licit one is a diversion (firearms.seizure.diversion-detected); diversionHit tells the seizer the status, since when and the owner's 24/7 desk. Honours Idempotency-Key.")
    public Response record(
            @Valid @NotNull SeizureRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Seizure seizure = seizures.record(caller.get(), request.command());
            return Response.created(URI.create("v1/seizures/" + seizure.id))
                    .tag(Versions.etag(seizure.version))
                    .entity(SeizureView.of(seizure, hitViews))
                    .build();
        });
    }

    @GET
    @Path("/seizures")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.BORDER_OFFICER,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(summary = "List the seizures visible to the caller", description = "Newest first; keyset cursor.")
    public Page<SeizureView> list(
            @QueryParam("state") String state,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Seizure> fetched =
                seizures.list(caller.get(), Params.state(state, "state"), Keyset.parse(cursor), size + 1);
        return Page.of(fetched, size, seizure -> Keyset.key(seizure.createdAt, seizure.id))
                .mapItems(seizure -> SeizureView.of(seizure, hitViews));
    }

    @GET
    @Path("/seizures/{id}")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.BORDER_OFFICER,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    public Response get(@PathParam("id") UUID id) {
        Seizure seizure = seizures.get(caller.get(), id);
        return Response.ok(SeizureView.of(seizure, hitViews))
                .tag(Versions.etag(seizure.version))
                .build();
    }

    @GET
    @Path("/diversions")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR
    })
    @Operation(
            summary = "Diversion notices: firearms of a State's licit records seized by another State",
            description =
                    "Visible to the seizing agency and to the State whose record matched; concerning=BF lists those about BF's records. Newest first.")
    public Page<DiversionNoticeView> diversions(
            @QueryParam("concerning") String concerning,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<DiversionNotice> fetched = seizures.diversions(
                caller.get(), Params.state(concerning, "concerning"), Keyset.parse(cursor), size + 1);
        return Page.of(fetched, size, notice -> Keyset.key(notice.createdAt, notice.id))
                .mapItems(DiversionNoticeView::of);
    }

    @GET
    @Path("/diversions/{id}")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR
    })
    public DiversionNoticeView diversion(@PathParam("id") UUID id) {
        return DiversionNoticeView.of(seizures.diversion(caller.get(), id));
    }
}
