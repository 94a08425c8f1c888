package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.model.JointTeam;
import org.g5sahel.pcms.cases.service.JointTeamService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/cases/{caseId}/joint-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
@Tag(name = "Joint investigation teams")
public class JointTeamResource {

    private final JointTeamService teams;
    private final CurrentCaller caller;

    public JointTeamResource(JointTeamService teams, CurrentCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Set up a joint investigation team on the case",
            description = "While active, member agencies see the case.")
    public Response create(@PathParam("caseId") UUID caseId, @Valid @NotNull JointTeamRequest request) {
        JointTeam team = teams.create(caller.get(), caseId, request.command());
        return Response.created(URI.create("v1/cases/" + caseId + "/joint-teams/" + team.id))
                .entity(Views.JointTeamView.of(team))
                .build();
    }

    @GET
    public List<Views.JointTeamView> list(@PathParam("caseId") UUID caseId) {
        return teams.ofCase(caller.get(), caseId).stream()
                .map(Views.JointTeamView::of)
                .toList();
    }

    @POST
    @Path("/{teamId}/end")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "End the team now",
            description = "Member agencies the team had added lose access to the case.")
    public Views.JointTeamView end(@PathParam("caseId") UUID caseId, @PathParam("teamId") UUID teamId) {
        return Views.JointTeamView.of(teams.end(caller.get(), caseId, teamId));
    }
}
