package org.g5sahel.pcms.alerts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.service.WatchlistService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** Watch-list files: read and written by investigators, analysts and coordinators; border officers only screen. */
@Path("/v1/watchlist-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.FIU_ANALYST,
    Roles.FIREARMS_OFFICER,
    Roles.PARTNER_SYSTEM
})
@Tag(name = "Watch lists")
public class WatchlistResource {

    private final WatchlistService entries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public WatchlistResource(WatchlistService entries, Idempotency idempotency, CurrentCaller caller) {
        this.entries = entries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Watch-list entries visible to the caller",
            description = "Ordered by label; keyset cursor; reads outside the owning agency are audited.")
    public Page<WatchlistView> search(
            @QueryParam("kind") WatchlistEntry.Kind kind,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<WatchlistEntry> fetched = entries.search(caller.get(), kind, Cursors.decode(cursor), size + 1);
        return Page.of(fetched, size, entry -> entry.sortKey).mapItems(WatchlistView::of);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        WatchlistEntry entry = entries.get(caller.get(), id);
        return Response.ok(WatchlistView.of(entry))
                .tag(Versions.etag(entry.version))
                .build();
    }

    @POST
    @RolesAllowed({
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.FIU_ANALYST,
        Roles.FIREARMS_OFFICER
    })
    @Operation(
            summary = "Put a person, vehicle, document, container, vessel or company on the watch list",
            description =
                    "Container (ISO 6346) and IMO check digits verified; default distribution G5; honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull WatchlistRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            WatchlistEntry entry = entries.create(caller.get(), request.command());
            return Response.created(URI.create("v1/watchlist-entries/" + entry.id))
                    .tag(Versions.etag(entry.version))
                    .entity(WatchlistView.of(entry))
                    .build();
        });
    }

    @POST
    @Path("/{id}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Take an entry off the list",
            description = "Owning agency or its national coordinator; requires If-Match.")
    public Response deactivate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WatchlistEntry entry = entries.deactivate(caller.get(), id, ifMatch);
        return Response.ok(WatchlistView.of(entry))
                .tag(Versions.etag(entry.version))
                .build();
    }

    @GET
    @Path("/{id}/audience")
    @Operation(
            summary = "Who can see the entry today",
            description =
                    "Groups of callers its sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read it.")
    public Audience audience(@PathParam("id") UUID id) {
        return entries.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return entries.previewSharing(caller.get(), id, terms);
    }

    @PUT
    @Path("/{id}/sharing")
    @Operation(
            summary = "Change who may see the entry",
            description = "Only the owning agency or the owning State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms) {
        WatchlistEntry entry = entries.changeSharing(caller.get(), id, ifMatch, terms);
        return Response.ok(WatchlistView.of(entry))
                .tag(Versions.etag(entry.version))
                .build();
    }
}
