package org.g5sahel.pcms.directory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.AgencyType;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.service.AgencyService;
import org.g5sahel.pcms.directory.service.AgencyView;

@Path("/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Agencies")
public class AgencyResource {

    private final AgencyService agencies;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public AgencyResource(
            AgencyService agencies, Idempotency idempotency, CurrentCaller caller, MergePatch mergePatch) {
        this.agencies = agencies;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Search agencies",
            description = "Accent- and case-insensitive on names and code; ordered by code; keyset cursor.")
    public Page<AgencyView> search(
            @QueryParam("q") String query,
            @QueryParam("state") String state,
            @QueryParam("type") AgencyType type,
            @QueryParam("competence") Competence competence,
            @QueryParam("status") Agency.Status status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        caller.get();
        int size = Cursors.limit(limit);
        List<AgencyView> fetched =
                agencies.search(query, state, type, competence, status, Cursors.decode(cursor), size + 1).stream()
                        .map(AgencyView::of)
                        .toList();
        return Page.of(fetched, size, AgencyView::code);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One agency", description = "The ETag is the version to send back in If-Match.")
    public Response get(@PathParam("code") String code) {
        caller.get();
        Agency agency = agencies.find(code).orElseThrow(ProblemException::notFound);
        return Response.ok(AgencyView.of(agency))
                .tag(Versions.etag(agency.version))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.PCMS_ADMIN})
    @Operation(summary = "Create an agency of the caller's State", description = "Honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull AgencyRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Agency agency = agencies.create(caller.get(), request.command());
            return Response.created(URI.create("v1/agencies/" + agency.code))
                    .tag(Versions.etag(agency.version))
                    .entity(AgencyView.of(agency))
                    .build();
        });
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.PCMS_ADMIN})
    @Operation(
            summary = "Replace an agency's description",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). Requires If-Match with the exact ETag; code and State never change.")
    public Response update(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgencyRequest request) {
        Agency agency = agencies.update(caller.get(), code, ifMatch, request.command());
        return Response.ok(AgencyView.of(agency))
                .tag(Versions.etag(agency.version))
                .build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.PCMS_ADMIN})
    @Operation(
            summary = "Change some fields of an agency's description",
            description =
                    "JSON Merge Patch (RFC 7396) of the AgencyRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(
            @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Agency agency = agencies.patch(
                caller.get(),
                code,
                ifMatch,
                current -> mergePatch
                        .apply(AgencyRequest.of(current), current.version, ifMatch, patch, AgencyRequest.class)
                        .command());
        return Response.ok(AgencyView.of(agency))
                .tag(Versions.etag(agency.version))
                .build();
    }

    @POST
    @Path("/{code}/deactivate")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.PCMS_ADMIN})
    @Operation(summary = "Deactivate an agency", description = "Agencies are never deleted: records refer to them.")
    public Response deactivate(@PathParam("code") String code) {
        Agency agency = agencies.deactivate(caller.get(), code);
        return Response.ok(AgencyView.of(agency))
                .tag(Versions.etag(agency.version))
                .build();
    }
}
