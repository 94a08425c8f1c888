package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.CaseResource.seeOther;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;

/**
 * "To review": the records of the officer's agency (his State's, for a national coordinator) whose review date is
 * within six months or past, from every service, earliest first; each with its three outcomes — re-confirm until a new
 * date, restrict its sharing, or end it (deleted, or archived for a firearm record). The API decides who may.
 */
@Path("/reviews")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    private static final int PER_SERVICE = 100;

    private final Api api;
    private final Pages pages;
    private final Template reviews;
    private final Template error;

    public ReviewResource(
            Api api, Pages pages, @Location("reviews.html") Template reviews, @Location("error.html") Template error) {
        this.api = api;
        this.pages = pages;
        this.reviews = reviews;
        this.error = error;
    }

    @GET
    public TemplateInstance list() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> services = AuditResource.SERVICES;
        List<Object> answers = api.getAll(services.stream()
                .map(service -> "/api/" + service + "/v1/reviews?limit=" + PER_SERVICE)
                .toList());
        for (int i = 0; i < services.size(); i++) {
            Object answer = answers.get(i);
            if (answer instanceof ApiUnavailable unavailable) {
                throw unavailable;
            }
            if (answer instanceof ApiProblem) {
                // A role this service does not review for (a training manager in firearms): nothing to show there.
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) answer;
            String service = services.get(i);
            HomeResource.items(page).forEach(item -> {
                Map<String, Object> row = new LinkedHashMap<>(item);
                row.put("service", service);
                rows.add(row);
            });
        }
        rows.sort(Comparator.comparing((Map<String, Object> row) -> Objects.toString(row.get("reviewBy"), "")));
        return pages.of(reviews).data("rows", rows);
    }

    @POST
    @Path("/{service}/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(
            @PathParam("service") String service,
            @PathParam("id") UUID id,
            @FormParam("reviewBy") String reviewBy,
            @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewBy", blankToNull(reviewBy));
        body.put("reason", blankToNull(reason));
        return send(service, id, "confirmation", body);
    }

    @POST
    @Path("/{service}/{id}/sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response narrow(
            @PathParam("service") String service,
            @PathParam("id") UUID id,
            @FormParam("distribution") String distribution,
            @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("distribution", blankToNull(distribution));
        body.put("reason", blankToNull(reason));
        return send(service, id, "sharing", body);
    }

    @POST
    @Path("/{service}/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(
            @PathParam("service") String service, @PathParam("id") UUID id, @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", blankToNull(reason));
        return send(service, id, "end", body);
    }

    private Response send(String service, UUID id, String action, Map<String, Object> body) {
        if (!AuditResource.SERVICES.contains(service)) {
            throw new NotFoundException();
        }
        try {
            api.post("/api/" + service + "/v1/reviews/" + id + "/" + action, body);
            return seeOther("/reviews");
        } catch (ApiProblem problem) {
            return Response.status(422)
                    .entity(pages.of(error).data("message", problem.sentence()))
                    .build();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
