package org.g5sahel.pcms.firearms.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.firearms.model.RecoveredHit;
import org.g5sahel.pcms.firearms.service.RecoveredHits;

@Path("/v1/recovered-hits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seizures and diversions")
public class RecoveredHitResource {

    private final RecoveredHits hits;
    private final CurrentCaller caller;

    public RecoveredHitResource(RecoveredHits hits, CurrentCaller caller) {
        this.hits = hits;
        this.caller = caller;
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
            summary = "Firearms reported lost or stolen that another State came upon",
            description =
                    "By a seizure, a search or a trace request; visible to the finder's State and to the State whose record was found. concerning=BF lists those about BF's records. Newest first. The owner records the outcome with POST /firearms/{id}/status and recoveredHitId.")
    public Page<RecoveredHitView> list(
            @QueryParam("concerning") String concerning,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<RecoveredHit> fetched =
                hits.list(caller.get(), Params.state(concerning, "concerning"), Keyset.parse(cursor), size + 1);
        return Page.of(fetched, size, hit -> Keyset.key(hit.createdAt, hit.id)).mapItems(RecoveredHitView::of);
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
    public RecoveredHitView get(@PathParam("id") UUID id) {
        return RecoveredHitView.of(hits.get(caller.get(), id));
    }
}
