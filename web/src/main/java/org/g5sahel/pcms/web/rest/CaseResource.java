package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.HomeResource.items;
import static org.g5sahel.pcms.web.rest.HomeResource.maps;
import static org.g5sahel.pcms.web.rest.HomeResource.sharing;

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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;
import org.g5sahel.pcms.web.identity.Officer;

/**
 * Cases: the list with its filters and keyset paging, creation, and the detail page with subjects, links, timeline,
 * joint teams, controlled deliveries, correlation hits and who can see the case. Sharing changes are previewed by the
 * API before the owner confirms them.
 */
@Path("/cases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CaseResource {

    static final Set<String> CASE_LISTS = Set.of("threats", "participatingAgencies", "sharing.sharedWith");
    static final Set<String> SHARING_LISTS = Set.of("sharedWith");
    static final Set<String> SHARING_INTEGERS = Set.of("informationAccuracy");
    static final Set<String> SUBJECT_LISTS = Set.of("modusOperandi", "person.aliases");
    static final List<String> THREATS = List.of(
            "TERRORISM",
            "TERRORIST_FINANCING",
            "DRUG_TRAFFICKING",
            "FIREARMS_TRAFFICKING",
            "TRAFFICKING_IN_PERSONS",
            "MIGRANT_SMUGGLING",
            "MONEY_LAUNDERING",
            "KIDNAPPING_FOR_RANSOM",
            "SMUGGLING_OF_GOODS",
            "CATTLE_RUSTLING",
            "CYBERCRIME",
            "OTHER_SERIOUS_CRIME");
    static final List<String> STATUSES = List.of("OPEN", "ACTIVE", "SUSPENDED", "CLOSED", "ARCHIVED");
    static final List<String> DISTRIBUTIONS = List.of("AGENCY", "NATIONAL", "SELECTED", "G5", "PARTNERS");
    static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "NATIONAL_ID");
    static final List<String> SUBJECT_ROLES = List.of(
            "SUSPECT", "ACCOMPLICE", "FACILITATOR", "FINANCIER", "LEADER", "VICTIM", "WITNESS", "SMUGGLED_MIGRANT");

    private final Api api;
    private final Pages pages;
    private final Officer officer;
    private final Template list;
    private final Template form;
    private final Template detail;
    private final Template preview;
    private final FormDrafts drafts;

    public CaseResource(
            Api api,
            Pages pages,
            Officer officer,
            FormDrafts drafts,
            @Location("cases/list.html") Template list,
            @Location("cases/new.html") Template form,
            @Location("cases/detail.html") Template detail,
            @Location("cases/preview.html") Template preview) {
        this.api = api;
        this.pages = pages;
        this.officer = officer;
        this.list = list;
        this.form = form;
        this.detail = detail;
        this.preview = preview;
        this.drafts = drafts;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("q") String query,
            @QueryParam("status") String status,
            @QueryParam("threat") String threat,
            @QueryParam("state") String state,
            @QueryParam("cursor") String cursor) {
        Map<String, Object> page = api.get(
                "/api/cases/v1/cases",
                "q",
                query,
                "status",
                status,
                "threat",
                threat,
                "state",
                state,
                "cursor",
                cursor,
                "limit",
                25);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query == null ? "" : query);
        filters.put("status", status == null ? "" : status);
        filters.put("threat", threat == null ? "" : threat);
        filters.put("state", state == null ? "" : state);
        return pages.of(list)
                .data("cases", items(page))
                .data("next", page.get("next"))
                .data("filters", filters)
                .data("threats", THREATS)
                .data("statuses", STATUSES)
                .data("nextQuery", Api.queryString(new Object[] {
                    "q", query, "status", status, "threat", threat, "state", state, "cursor", page.get("next")
                }));
    }

    @GET
    @Path("/new")
    public Response newCase() {
        return drafts.show(
                "/cases/new",
                Map.of("sharing.distribution", "AGENCY"),
                (values, sentence) -> newForm(values, Map.of(), sentence));
    }

    @POST
    @Path("/new")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/cases/new");
        }
        try {
            Map<String, Object> created = api.post(
                    "/api/cases/v1/cases", Forms.toJson(submitted, CASE_LISTS, Set.of("sharing.informationAccuracy")));
            return seeOther("/cases/" + created.get("id"));
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
                .data("threats", THREATS)
                .data("distributions", DISTRIBUTIONS);
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return drafts.show(
                "/cases/" + id, Map.of(), (values, sentence) -> detailPage(id, values, Map.of(), sentence, null));
    }

    private TemplateInstance detailPage(
            UUID id, Map<String, String> subjectValues, Map<String, String> errors, String problem, String notice) {
        String base = "/api/cases/v1/cases/" + id;
        Map<String, Object> investigation = api.get(base);
        Map<String, Object> owner = sharing(investigation);
        boolean owns = officer.agency().equals(owner.get("ownerAgency"))
                || (officer.has("national-coordinator") && officer.state().equals(owner.get("ownerState")));
        List<Map<String, Object>> hits = maps(api.list("/api/cases/v1/correlations")).stream()
                .filter(hit -> id.toString().equals(hit.get("caseId")))
                .toList();
        List<Map<String, Object>> accessRequests = maps(api.list("/api/cases/v1/access-requests"));
        List<Map<String, Object>> deliveries = maps(api.list("/api/cases/v1/controlled-deliveries")).stream()
                .filter(delivery -> id.toString().equals(delivery.get("caseId")))
                .toList();
        return pages.of(detail)
                .data("c", investigation)
                .data("owns", owns)
                .data(
                        "sharedWithText",
                        owner.get("sharedWith") instanceof List<?> names
                                ? String.join(
                                        ", ",
                                        names.stream().map(String::valueOf).toList())
                                : "")
                .data("audience", api.get(base + "/audience"))
                .data("subjects", maps(api.list(base + "/subjects")))
                .data("links", maps(api.list(base + "/links")))
                .data("timeline", maps(api.list(base + "/timeline")))
                .data("teams", maps(api.list(base + "/joint-teams")))
                .data("deliveries", deliveries)
                .data("hits", hits)
                .data("accessRequests", accessRequests)
                .data("distributions", DISTRIBUTIONS)
                .data("roles", SUBJECT_ROLES)
                .data("documentTypes", DOCUMENT_TYPES)
                .data("values", subjectValues)
                .data("errors", errors)
                .data("problem", problem)
                .data("notice", notice);
    }

    @POST
    @Path("/{id}/subjects")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSubject(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/cases/" + id);
        }
        Map<String, Object> subject = Forms.toJson(submitted, SUBJECT_LISTS, Set.of());
        subject.putIfAbsent("kind", "PERSON");
        withDocument(subject);
        try {
            api.post("/api/cases/v1/cases/" + id + "/subjects", subject);
            return seeOther("/cases/" + id + "#subjects");
        } catch (ApiProblem | ApiUnavailable failure) {
            return refused(id, Forms.values(submitted), failure);
        }
    }

    /**
     * The form's one identity document (type and number, issued by the person's nationality) as the API's list of
     * documents: the strong identifier that cross-border hit / no-hit compares.
     */
    @SuppressWarnings("unchecked")
    private static void withDocument(Map<String, Object> subject) {
        Object number = subject.remove("documentNumber");
        Object type = subject.remove("documentType");
        if (number == null) {
            return;
        }
        Map<String, Object> person =
                (Map<String, Object>) subject.computeIfAbsent("person", key -> new LinkedHashMap<String, Object>());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", type == null ? "PASSPORT" : type);
        document.put("number", number);
        if (person.get("nationality") != null) {
            document.put("issuingCountry", person.get("nationality"));
        }
        person.put("documents", List.of(document));
    }

    /** The API's answer to "who would gain or lose access", shown before anything changes. */
    @POST
    @Path("/{id}/sharing/preview")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response previewSharing(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        if (drafts.sessionEnded()) {
            return drafts.keep(submitted, "/cases/" + id);
        }
        Map<String, Object> terms = Forms.toJson(submitted, SHARING_LISTS, SHARING_INTEGERS);
        try {
            Map<String, Object> previewed = api.post("/api/cases/v1/cases/" + id + "/sharing/preview", terms);
            return Response.ok(pages.of(preview)
                            .data("c", api.get("/api/cases/v1/cases/" + id))
                            .data("preview", previewed)
                            .data("values", Forms.values(submitted)))
                    .build();
        } catch (ApiProblem | ApiUnavailable failure) {
            return refused(id, Map.of(), failure);
        }
    }

    @POST
    @Path("/{id}/sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSharing(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        Map<String, Object> terms = Forms.toJson(submitted, SHARING_LISTS, SHARING_INTEGERS);
        Object version = terms.remove("version");
        try {
            api.put("/api/cases/v1/cases/" + id + "/sharing", terms, Long.parseLong(String.valueOf(version)));
            return seeOther("/cases/" + id + "#sharing");
        } catch (ApiProblem | ApiUnavailable failure) {
            return refused(id, Map.of(), failure);
        } catch (NumberFormatException e) {
            return seeOther("/cases/" + id);
        }
    }

    /** The case's page again, with what the officer typed and why the API refused it. */
    private Response refused(UUID id, Map<String, String> values, RuntimeException failure) {
        FormFailure problem = FormFailure.of(failure, pages.texts());
        return Response.status(problem.status())
                .entity(detailPage(id, values, problem.byField(), problem.sentence(), null))
                .build();
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
