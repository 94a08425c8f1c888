package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.CaseResource.seeOther;
import static org.g5sahel.pcms.web.rest.HomeResource.items;
import static org.g5sahel.pcms.web.rest.HomeResource.maps;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;
import org.g5sahel.pcms.web.i18n.Language;
import org.g5sahel.pcms.web.identity.Officer;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Information-exchange requests: sent and received boxes, sending, and the thread of one request with its
 * acknowledgement, replies, decline and files.
 */
@Path("/requests")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RequestResource {

    static final List<String> TYPES = List.of(
            "INFORMATION_REQUEST", "SPONTANEOUS_INFORMATION", "MUTUAL_LEGAL_ASSISTANCE", "CONTROLLED_DELIVERY_REQUEST");
    static final List<String> URGENCIES = List.of("ROUTINE", "URGENT", "IMMEDIATE");
    static final List<String> HANDLING_CODES = List.of("H0", "H1", "H2", "H3");
    static final List<String> RELIABILITIES = List.of("A", "B", "C", "X");
    static final List<String> ACCURACIES = List.of("1", "2", "3", "4");
    private static final Set<String> REQUEST_LISTS = Set.of("recipients", "addressedTo");
    private static final Set<String> INTEGERS = Set.of("informationAccuracy");

    private final Api api;
    private final Pages pages;
    private final Officer officer;
    private final Template list;
    private final Template form;
    private final Template detail;
    private final FormDrafts drafts;

    public RequestResource(
            Api api,
            Pages pages,
            Officer officer,
            FormDrafts drafts,
            @Location("requests/list.html") Template list,
            @Location("requests/new.html") Template form,
            @Location("requests/detail.html") Template detail) {
        this.api = api;
        this.pages = pages;
        this.officer = officer;
        this.list = list;
        this.form = form;
        this.detail = detail;
        this.drafts = drafts;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("box") String box,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("cursor") String cursor) {
        String shown = "sent".equals(box) ? "sent" : "received";
        Map<String, Object> page =
                api.get("/api/cases/v1/requests", "box", shown, "overdue", overdue, "cursor", cursor, "limit", 25);
        return pages.of(list)
                .data("requests", items(page))
                .data("box", shown)
                .data("next", page.get("next"))
                .data("overdue", Boolean.TRUE.equals(overdue))
                .data(
                        "nextQuery",
                        Api.queryString(new Object[] {"box", shown, "overdue", overdue, "cursor", page.get("next")}));
    }

    @GET
    @Path("/new")
    public Response newRequest(@QueryParam("caseId") String caseId) {
        return drafts.show(
                "/requests/new",
                caseId == null ? Map.of() : Map.of("caseId", caseId),
                (values, sentence) -> newForm(values, Map.of(), sentence));
    }

    @POST
    @Path("/new")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/requests/new");
        }
        Map<String, Object> request = Forms.toJson(submitted, REQUEST_LISTS, INTEGERS);
        request.computeIfPresent(
                "dueAt", (field, local) -> Forms.instantIn(local.toString(), Language.zoneOf(officer.state())));
        try {
            Map<String, Object> sent = api.post("/api/cases/v1/requests", request);
            return seeOther("/requests/" + sent.get("id"));
        } catch (ApiProblem | ApiUnavailable failure) {
            FormFailure problem = FormFailure.of(failure, pages.texts());
            return Response.status(problem.status())
                    .entity(newForm(Forms.values(submitted), problem.byField(), problem.sentence()))
                    .build();
        }
    }

    private TemplateInstance newForm(Map<String, String> values, Map<String, String> errors, String problem) {
        return pages.of(form)
                .data("values", values)
                .data("errors", errors)
                .data("problem", problem)
                .data("types", TYPES)
                .data("urgencies", URGENCIES)
                .data("handlingCodes", HANDLING_CODES)
                .data("reliabilities", RELIABILITIES)
                .data("accuracies", ACCURACIES)
                .data("cases", ownCases());
    }

    /** The officer's agency's cases a request may belong to; none when the API cannot list them now. */
    private List<Map<String, Object>> ownCases() {
        try {
            return items(api.get("/api/cases/v1/cases", "limit", 100)).stream()
                    .filter(c -> officer.agency().equals(HomeResource.sharing(c).get("ownerAgency")))
                    .toList();
        } catch (ApiUnavailable unavailable) {
            return List.of();
        }
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return drafts.show(
                "/requests/" + id, Map.of(), (values, sentence) -> detailPage(id, values, Map.of(), sentence));
    }

    private TemplateInstance detailPage(
            UUID id, Map<String, String> values, Map<String, String> errors, String problem) {
        String base = "/api/cases/v1/requests/" + id;
        Map<String, Object> request = api.get(base);
        boolean sender = officer.agency().equals(request.get("senderAgency"));
        Map<String, Object> mine = maps(request.get("recipients")).stream()
                .filter(recipient -> officer.agency().equals(recipient.get("agency")))
                .findFirst()
                .orElse(Map.of());
        return pages.of(detail)
                .data("r", request)
                .data("sender", sender)
                .data("mine", mine)
                .data("replies", maps(api.list(base + "/replies")))
                .data("attachments", maps(api.list(base + "/attachments")))
                .data("handlingCodes", HANDLING_CODES)
                .data("reliabilities", RELIABILITIES)
                .data("accuracies", ACCURACIES)
                .data("values", values)
                .data("errors", errors)
                .data("problem", problem);
    }

    @POST
    @Path("/{id}/acknowledgement")
    public Response acknowledge(@PathParam("id") UUID id) {
        return act(id, () -> api.post("/api/cases/v1/requests/" + id + "/acknowledgement", null), Map.of());
    }

    @POST
    @Path("/{id}/replies")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/requests/" + id);
        }
        Map<String, Object> reply = Forms.toJson(submitted, REQUEST_LISTS, INTEGERS);
        reply.put("finalAnswer", "true".equals(reply.get("finalAnswer")));
        return act(id, () -> api.post("/api/cases/v1/requests/" + id + "/replies", reply), Forms.values(submitted));
    }

    @POST
    @Path("/{id}/decline")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/requests/" + id);
        }
        return act(
                id,
                () -> api.post(
                        "/api/cases/v1/requests/" + id + "/decline", Forms.toJson(submitted, Set.of(), Set.of())),
                Forms.values(submitted));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return seeOther("/requests/" + id + "#files");
        }
        return act(
                id,
                () -> {
                    try {
                        return api.upload(
                                "/api/cases/v1/requests/" + id + "/attachments",
                                file.fileName(),
                                file.contentType(),
                                Files.readAllBytes(file.uploadedFile()));
                    } catch (IOException e) {
                        throw new IllegalStateException("The uploaded file vanished before it was sent", e);
                    }
                },
                Map.of());
    }

    /** The file as the API streams it, with its name; the console keeps no copy. */
    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        HttpResponse<InputStream> file = api.download("/api/cases/v1/requests/" + id + "/attachments/" + attachmentId);
        StreamingOutput body = out -> {
            try (InputStream in = file.body()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response =
                Response.ok(body).type(file.headers().firstValue("Content-Type").orElse("application/octet-stream"));
        file.headers()
                .firstValue("Content-Disposition")
                .ifPresent(value -> response.header("Content-Disposition", value));
        return response.build();
    }

    private Response act(UUID id, java.util.function.Supplier<Map<String, Object>> action, Map<String, String> values) {
        try {
            action.get();
            return seeOther("/requests/" + id);
        } catch (ApiProblem | ApiUnavailable failure) {
            FormFailure problem = FormFailure.of(failure, pages.texts());
            return Response.status(problem.status())
                    .entity(detailPage(id, values, problem.byField(), problem.sentence()))
                    .build();
        }
    }
}
