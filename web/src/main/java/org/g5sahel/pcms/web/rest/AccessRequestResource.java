package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.CaseResource.seeOther;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.api.ApiProblem;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/** The owner's decision on an access request that a correlation hit led to: grant, or refuse with a reason. */
@Path("/access-requests")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccessRequestResource {

    private final Api api;
    private final Pages pages;
    private final Template error;

    public AccessRequestResource(Api api, Pages pages, @Location("error.html") Template error) {
        this.api = api;
        this.pages = pages;
        this.error = error;
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("grant") String grant,
            @FormParam("reason") String reason) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("grant", "true".equals(grant));
        if (reason != null && !reason.isBlank()) {
            decision.put("reason", reason.strip());
        }
        try {
            api.post("/api/cases/v1/access-requests/" + id + "/decision", decision);
            return seeOther("/#decisions");
        } catch (ApiProblem problem) {
            return Response.status(422).entity(pages.of(error).data("message", problem.sentence())).build();
        }
    }
}
