package org.g5sahel.pcms.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.ThreatCategory;
import org.g5sahel.pcms.cases.service.CaseService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.PARTNER_SYSTEM
})
@Tag(name = "Cases")
public class CaseResource {

    private final CaseService cases;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public CaseResource(CaseService cases, Idempotency idempotency, CurrentCaller caller, MergePatch mergePatch) {
        this.cases = cases;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Search the cases visible to the caller",
            description = "Newest first; keyset cursor; reads outside the owning agency are audited.")
    public Page<CaseView> search(
            @QueryParam("q") String query,
            @QueryParam("status") String status,
            @QueryParam("threat") String threat,
            @QueryParam("state") String state,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<InvestigationCase> fetched = cases.search(
                caller.get(),
                QueryParams.enumValue(CaseStatus.class, "status", status),
                QueryParams.enumValue(ThreatCategory.class, "threat", threat),
                state,
                query == null || query.isBlank() ? null : query,
                Keyset.parse(cursor),
                size + 1);
        return Page.of(fetched, size, investigation -> Keyset.key(investigation.createdAt, investigation.id))
                .mapItems(CaseView::of);
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Open a case owned by the caller's agency",
            description = "Default distribution AGENCY; honours Idempotency-Key.")
    public Response open(@Valid @NotNull CaseRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            InvestigationCase investigation = cases.open(caller.get(), request.command());
            return Response.created(URI.create("v1/cases/" + investigation.id))
                    .tag(Versions.etag(investigation.version))
                    .entity(CaseView.of(investigation))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        InvestigationCase investigation = cases.get(caller.get(), id);
        return Response.ok(CaseView.of(investigation))
                .tag(Versions.etag(investigation.version))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Replace a case's description",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). Owning agency or its national coordinator; requires If-Match with the exact ETag.")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequest request) {
        InvestigationCase investigation = cases.update(caller.get(), id, ifMatch, request.command());
        return Response.ok(CaseView.of(investigation))
                .tag(Versions.etag(investigation.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Change some fields of a case's description",
            description =
                    "JSON Merge Patch (RFC 7396) of the CaseRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        InvestigationCase investigation = cases.patch(
                caller.get(),
                id,
                ifMatch,
                current -> mergePatch
                        .apply(CaseRequest.of(current), current.version, ifMatch, patch, CaseRequest.class)
                        .command());
        return Response.ok(CaseView.of(investigation))
                .tag(Versions.etag(investigation.version))
                .build();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Move a case along its lifecycle",
            description = "open → active → suspended / closed → archived, with a reason; requires If-Match.")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChange change) {
        InvestigationCase investigation = cases.changeStatus(caller.get(), id, ifMatch, change.command());
        return Response.ok(CaseView.of(investigation))
                .tag(Versions.etag(investigation.version))
                .build();
    }

    @PUT
    @Path("/{id}/sharing")
    @Operation(
            summary = "Change who may see the case",
            description = "Only the owning agency or the owning State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms) {
        InvestigationCase investigation = cases.changeSharing(caller.get(), id, ifMatch, terms);
        return Response.ok(CaseView.of(investigation))
                .tag(Versions.etag(investigation.version))
                .build();
    }

    @GET
    @Path("/{id}/audience")
    @Operation(
            summary = "Who can see the case today",
            description =
                    "Groups of callers the case's sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read the case.")
    public Audience audience(@PathParam("id") UUID id) {
        return cases.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return cases.previewSharing(caller.get(), id, terms);
    }

    @POST
    @Path("/{id}/links")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(summary = "Link the case to another case the caller can see")
    public Response link(@PathParam("id") UUID id, @Valid @NotNull CaseLinkRequest request) {
        var link = cases.link(caller.get(), id, request.command());
        return Response.status(Response.Status.CREATED)
                .entity(new LinkCreated(link.linkedCaseId, link.relation))
                .build();
    }

    @GET
    @Path("/{id}/links")
    @Operation(summary = "The case's links to cases the caller can see")
    public List<Views.CaseLinkView> links(@PathParam("id") UUID id) {
        return cases.links(caller.get(), id).stream()
                .map(entry -> Views.CaseLinkView.of(entry.getKey(), entry.getValue()))
                .toList();
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Everything that happened to the case, in order")
    public List<Views.TimelineEntryView> timeline(@PathParam("id") UUID id) {
        return cases.timeline(caller.get(), id).stream()
                .map(Views.TimelineEntryView::of)
                .toList();
    }

    public record LinkCreated(UUID linkedCaseId, org.g5sahel.pcms.cases.model.CaseLink.Relation relation) {}
}
