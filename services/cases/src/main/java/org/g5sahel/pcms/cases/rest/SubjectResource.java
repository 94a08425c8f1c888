package org.g5sahel.pcms.cases.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.service.CaseService;
import org.g5sahel.pcms.cases.service.SubjectService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Versions;

@Path("/v1/cases/{caseId}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.PARTNER_SYSTEM
})
@Tag(name = "Subjects")
public class SubjectResource {

    private final SubjectService subjects;
    private final CaseService cases;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public SubjectResource(SubjectService subjects, CaseService cases, Idempotency idempotency, CurrentCaller caller) {
        this.subjects = subjects;
        this.cases = cases;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Add a subject to a case of the caller's agency",
            description =
                    "Strong identifiers are matched against other States' cases (hit / no-hit); protected persons and minors never are. Honours Idempotency-Key.")
    public Response add(
            @PathParam("caseId") UUID caseId,
            @Valid @NotNull SubjectRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Subject subject = subjects.add(caller.get(), caseId, SubjectMapper.command(request));
            return Response.created(URI.create("v1/cases/" + caseId + "/subjects/" + subject.id))
                    .tag(Versions.etag(subject.version))
                    .entity(SubjectView.of(subject, true))
                    .build();
        });
    }

    @GET
    @Operation(
            summary = "The subjects of a case",
            description = "Protected identities are masked unless released to the caller.")
    public List<SubjectView> list(@PathParam("caseId") UUID caseId) {
        Caller current = caller.get();
        List<Subject> found = subjects.list(current, caseId);
        InvestigationCase investigation = cases.visible(current, caseId);
        return found.stream()
                .map(subject ->
                        SubjectView.of(subject, SubjectService.identityVisibleTo(current, subject, investigation)))
                .toList();
    }

    @GET
    @Path("/{subjectId}")
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("subjectId") UUID subjectId) {
        Caller current = caller.get();
        Subject subject = subjects.get(current, caseId, subjectId);
        InvestigationCase investigation = cases.visible(current, caseId);
        return Response.ok(SubjectView.of(subject, SubjectService.identityVisibleTo(current, subject, investigation)))
                .tag(Versions.etag(subject.version))
                .build();
    }

    @PUT
    @Path("/{subjectId}/identity-release")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Release a protected person's identity",
            description =
                    "Owning agency; a minor's identity beyond NATIONAL needs the national coordinator. Requires If-Match.")
    public Response releaseIdentity(
            @PathParam("caseId") UUID caseId,
            @PathParam("subjectId") UUID subjectId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IdentityReleaseRequest request) {
        Subject subject = subjects.releaseIdentity(caller.get(), caseId, subjectId, ifMatch, request.release());
        return Response.ok(SubjectView.of(subject, true))
                .tag(Versions.etag(subject.version))
                .build();
    }
}
