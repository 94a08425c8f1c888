package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.CaseResource.seeOther;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.g5sahel.pcms.web.identity.Officer;

/**
 * Access requests across the services whose records hits reveal: asked from a hit (its record id quoted), decided by
 * the owner with a scope and a last day, revoked before it. Every service offers the same API at
 * {@code /api/<service>/v1/access-requests}; this page gathers them.
 */
@Path("/access-requests")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccessRequestResource {

    /** The services whose hits an officer meets: cases (correlations), firearms, alerts (watch lists), aml. */
    static final List<String> SERVICES = List.of("cases", "firearms", "alerts", "aml");

    private final Api api;
    private final Pages pages;
    private final Officer officer;
    private final FormDrafts drafts;
    private final Template page;

    public AccessRequestResource(
            Api api, Pages pages, Officer officer, FormDrafts drafts, @Location("access-requests.html") Template page) {
        this.api = api;
        this.pages = pages;
        this.officer = officer;
        this.drafts = drafts;
        this.page = page;
    }

    /** {@code service} and {@code recordId} fill the request form in, from a link next to a hit. */
    @GET
    public Response list(@QueryParam("service") String service, @QueryParam("recordId") String recordId) {
        return drafts.show(
                "/access-requests",
                Map.of(
                        "service",
                        Objects.requireNonNullElse(service, ""),
                        "recordId",
                        Objects.requireNonNullElse(recordId, "")),
                (values, restored) -> page(values, Map.of(), restored));
    }

    /**
     * Every access request the officer's agency made or must decide, each with the service that keeps its record,
     * asked of the services at once.
     */
    static List<Map<String, Object>> all(Api api) {
        List<Object> answers = api.getAll(SERVICES.stream()
                .map(service -> "/api/" + service + "/v1/access-requests")
                .toList());
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            // A service down hides its requests, not the page; a role a service does not serve has none there.
            if (answers.get(i) instanceof List<?> requests) {
                for (Object request : requests) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> withService = new LinkedHashMap<>((Map<String, Object>) request);
                    withService.put("service", SERVICES.get(i));
                    all.add(withService);
                }
            }
        }
        all.sort(Comparator.comparing((Map<String, Object> r) -> Objects.toString(r.get("requestedAt"), ""))
                .reversed());
        return all;
    }

    /** Those the officer's agency must decide. */
    static List<Map<String, Object>> toDecide(List<Map<String, Object>> all, Officer officer) {
        return all.stream()
                .filter(r -> "PENDING".equals(r.get("status")))
                .filter(r -> officer.agency().equals(r.get("ownerAgency")))
                .toList();
    }

    private TemplateInstance page(Map<String, String> values, Map<String, String> errors, String problem) {
        List<Map<String, Object>> all = all(api);
        return pages.of(page)
                .data("toDecide", toDecide(all, officer))
                .data(
                        "granted",
                        all.stream()
                                .filter(r -> "GRANTED".equals(r.get("status")))
                                .filter(r -> officer.agency().equals(r.get("ownerAgency")))
                                .toList())
                .data(
                        "mine",
                        all.stream()
                                .filter(r -> officer.agency().equals(r.get("requesterAgency")))
                                .toList())
                .data("services", SERVICES)
                .data(
                        "defaultUntil",
                        LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString())
                .data("values", values)
                .data("errors", errors)
                .data("problem", problem);
    }

    /** Accepted without a session so that a request typed as the session ended is kept ({@link FormDrafts}). */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(MultivaluedMap<String, String> form) {
        if (drafts.sessionEnded()) {
            return drafts.keep(form, "/access-requests");
        }
        String service = form.getFirst("service");
        String recordId = form.getFirst("recordId");
        String purpose = form.getFirst("purpose");
        String legalBasis = form.getFirst("legalBasis");
        String back = form.getFirst("back");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("service", Objects.requireNonNullElse(service, ""));
        values.put("recordId", Objects.requireNonNullElse(recordId, ""));
        values.put("purpose", Objects.requireNonNullElse(purpose, ""));
        values.put("legalBasis", Objects.requireNonNullElse(legalBasis, ""));
        if (!SERVICES.contains(service)) {
            return Response.status(422)
                    .entity(page(
                            values,
                            Map.of("service", pages.texts().get("access.service.unknown")),
                            pages.texts().get("access.service.unknown")))
                    .build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordId", recordId == null ? null : recordId.strip());
        body.put("purpose", purpose);
        if (legalBasis != null && !legalBasis.isBlank()) {
            body.put("legalBasis", legalBasis.strip());
        }
        try {
            api.post("/api/" + service + "/v1/access-requests", body);
            return seeOther(
                    back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/access-requests#mine");
        } catch (ApiProblem | ApiUnavailable failure) {
            FormFailure refused = FormFailure.of(failure, pages.texts());
            return Response.status(refused.status())
                    .entity(page(values, refused.byField(), refused.sentence()))
                    .build();
        }
    }

    @POST
    @Path("/{service}/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("service") String service,
            @PathParam("id") UUID id,
            @FormParam("grant") String grant,
            @FormParam("scope") String scope,
            @FormParam("until") String until,
            @FormParam("conditions") String conditions,
            @FormParam("reason") String reason) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("grant", "true".equals(grant));
        putIfPresent(decision, "scope", scope);
        putIfPresent(decision, "until", until);
        putIfPresent(decision, "conditions", conditions);
        putIfPresent(decision, "reason", reason);
        return act(service, "/api/" + service + "/v1/access-requests/" + id + "/decision", decision);
    }

    @POST
    @Path("/{service}/{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("service") String service, @PathParam("id") UUID id, @FormParam("reason") String reason) {
        Map<String, Object> revocation = new LinkedHashMap<>();
        putIfPresent(revocation, "reason", reason);
        return act(service, "/api/" + service + "/v1/access-requests/" + id + "/revocation", revocation);
    }

    private Response act(String service, String path, Map<String, Object> body) {
        if (!SERVICES.contains(service)) {
            return Response.status(404).build();
        }
        try {
            api.post(path, body);
            return seeOther("/access-requests");
        } catch (ApiProblem | ApiUnavailable failure) {
            FormFailure refused = FormFailure.of(failure, pages.texts());
            return Response.status(refused.status())
                    .entity(page(Map.of(), Map.of(), refused.sentence()))
                    .build();
        }
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
