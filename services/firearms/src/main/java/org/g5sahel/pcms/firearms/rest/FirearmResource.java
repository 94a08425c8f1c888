package org.g5sahel.pcms.firearms.rest;

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
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.service.FirearmCriteria;
import org.g5sahel.pcms.firearms.service.FirearmService;

@Path("/v1/firearms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Firearm records")
public class FirearmResource {

    private final FirearmService firearms;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final HitViews hitViews;

    public FirearmResource(FirearmService firearms, Idempotency idempotency, CurrentCaller caller, HitViews hitViews) {
        this.firearms = firearms;
        this.idempotency = idempotency;
        this.caller = caller;
        this.hitViews = hitViews;
    }

    @GET
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "List the firearm records visible to the caller",
            description = "Newest first; keyset cursor; reads outside the owning agency are audited.")
    public Page<FirearmView> list(
            @QueryParam("make") String make,
            @QueryParam("calibre") String calibre,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("state") String state,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        FirearmCriteria criteria = new FirearmCriteria(
                make,
                calibre,
                QueryParams.enumValue(FirearmType.class, "type", type),
                QueryParams.enumValue(FirearmStatus.class, "status", status),
                Params.state(state, "state"));
        List<Firearm> fetched = firearms.list(caller.get(), criteria, Keyset.parse(cursor), size + 1);
        return Page.of(fetched, size, firearm -> Keyset.key(firearm.createdAt, firearm.id))
                .mapItems(FirearmView::of);
    }

    @GET
    @Path("/search")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.BORDER_OFFICER,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Search by serial number, with hit / no-hit for records the caller cannot read",
            description =
                    "Look-alike characters are merged by default (O/0, I/L/1, Z/2, S/5, B/8); fold=false compares the normalised serial exactly; * and ? are wildcards for obliterated characters. make matches every name of the make (Kalachnikov, Kalashnikov, AK, Izhmash). The purpose is mandatory and audited with every record read or revealed; place says where the firearm is in hand. Records the caller may not read are revealed as hits (owner, status when reported lost or stolen and since when, the owner's 24/7 desk) for a complete serial alone: never for a wildcard search, never to a partner system, and at most pcms.firearms.hidden-hits-per-day times a day per caller (hiddenHitQuotaExhausted then says so, and the owners are warned). A complete serial matching another State's firearm reported lost or stolen notifies that State (firearms.recovered.hit, once per searcher, firearm and day).")
    public SearchView search(
            @QueryParam("serial") String serial,
            @QueryParam("fold") String fold,
            @QueryParam("make") String make,
            @QueryParam("calibre") String calibre,
            @QueryParam("type") String type,
            @QueryParam("purpose") String purpose,
            @QueryParam("place") String place,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        boolean folding = !Boolean.FALSE.equals(Params.bool(fold, "fold"));
        Serials.Query query = Serials.query(serial, folding)
                .orElseThrow(() ->
                        Params.invalid("serial", Serials.queryProblem(serial).orElseThrow()));
        if (purpose == null || purpose.isBlank()) {
            throw Params.invalid("purpose", "search.purpose-required");
        }
        if (purpose.length() > 500) {
            throw Params.invalid("purpose", "search.purpose-too-long");
        }
        if (place != null && place.length() > 200) {
            throw Params.invalid("place", "search.place-too-long");
        }
        FirearmCriteria criteria =
                new FirearmCriteria(make, calibre, QueryParams.enumValue(FirearmType.class, "type", type), null, null);
        return SearchView.of(
                firearms.search(
                        caller.get(),
                        query,
                        criteria,
                        new FirearmService.SearchTerms(serial, make, purpose.strip(), place),
                        size),
                hitViews);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    public Response get(@PathParam("id") UUID id) {
        Firearm firearm = firearms.get(caller.get(), id);
        return Response.ok(FirearmView.of(firearm))
                .tag(Versions.etag(firearm.version))
                .build();
    }

    @POST
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Register a firearm",
            description =
                    "Owned by the caller's agency; default distribution NATIONAL, review in 10 years; honours Idempotency-Key. 409 when the agency already holds a record of this make and serial.")
    public Response create(
            @Valid @NotNull FirearmRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Firearm firearm = firearms.create(caller.get(), request.draft(), request.sharing());
            return Response.created(URI.create("v1/firearms/" + firearm.id))
                    .tag(Versions.etag(firearm.version))
                    .entity(FirearmView.of(firearm))
                    .build();
        });
    }

    @GET
    @Path("/{id}/status")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "The firearm's status history, oldest first",
            description = "Append-only: who, when, why, where.")
    public List<StatusChangeView> history(@PathParam("id") UUID id) {
        return firearms.history(caller.get(), id).stream()
                .map(StatusChangeView::of)
                .toList();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary =
                    "Change the firearm's status (lost, stolen, found, recovered, returned to its holder, destroyed…)",
            description =
                    "The owning agency or its national coordinator; requires If-Match; 409 for a transition that makes no sense (a destroyed firearm reported stolen). Lost and stolen emit firearms.record.reported-lost|reported-stolen. recoveredHitId names the finding by another State the change answers (GET /recovered-hits).")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        Firearm firearm = firearms.changeStatus(
                caller.get(),
                id,
                ifMatch,
                request.status(),
                request.occurredOn(),
                request.place(),
                request.reason(),
                request.recoveredHitId());
        return Response.ok(FirearmView.of(firearm))
                .tag(Versions.etag(firearm.version))
                .build();
    }

    @GET
    @Path("/{id}/audience")
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Who can see the record today",
            description =
                    "Groups of callers its sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read it.")
    public Audience audience(@PathParam("id") UUID id) {
        return firearms.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return firearms.previewSharing(caller.get(), id, terms);
    }

    @PUT
    @Path("/{id}/sharing")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Change who may see the record",
            description = "Only the owning agency or the owning State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms) {
        Firearm firearm = firearms.changeSharing(caller.get(), id, ifMatch, terms);
        return Response.ok(FirearmView.of(firearm))
                .tag(Versions.etag(firearm.version))
                .build();
    }
}
