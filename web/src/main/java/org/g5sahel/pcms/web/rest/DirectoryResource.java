package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.HomeResource.items;
import static org.g5sahel.pcms.web.rest.HomeResource.maps;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.g5sahel.pcms.web.api.Api;

/**
 * The directory: agencies and contacts by free text (the API ignores accents and case), and routing, "who handles
 * drug trafficking in Niger?", which names the agencies and their 24/7 desk.
 */
@Path("/directory")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DirectoryResource {

    static final List<String> COMPETENCES = List.of(
            "TERRORISM",
            "TERRORIST_FINANCING",
            "DRUG_TRAFFICKING",
            "FIREARMS_TRAFFICKING",
            "TRAFFICKING_IN_PERSONS",
            "MIGRANT_SMUGGLING",
            "MONEY_LAUNDERING",
            "KIDNAPPING",
            "SMUGGLING",
            "CATTLE_RUSTLING",
            "CYBERCRIME",
            "ORGANISED_CRIME",
            "OTHER");

    private final Api api;
    private final Pages pages;
    private final Template directory;
    /** The member States the State filter offers: the services' setting ({@code pcms.member-states}). */
    private final List<String> memberStates;

    public DirectoryResource(
            Api api,
            Pages pages,
            @Location("directory.html") Template directory,
            @ConfigProperty(name = "pcms.member-states") List<String> memberStates) {
        this.api = api;
        this.pages = pages;
        this.directory = directory;
        this.memberStates = List.copyOf(memberStates);
    }

    @GET
    public TemplateInstance search(
            @QueryParam("q") String query,
            @QueryParam("state") String state,
            @QueryParam("competence") String competence) {
        boolean searching = query != null && !query.isBlank();
        boolean routing = state != null && !state.isBlank() && competence != null && !competence.isBlank();
        return pages.of(directory)
                .data("q", query == null ? "" : query)
                .data("state", state == null ? "" : state)
                .data("competence", competence == null ? "" : competence)
                .data("states", memberStates)
                .data("competences", COMPETENCES)
                .data(
                        "agencies",
                        searching ? items(api.get("/api/directory/v1/agencies", "q", query, "limit", 20)) : List.of())
                .data(
                        "contacts",
                        searching ? items(api.get("/api/directory/v1/contacts", "q", query, "limit", 20)) : List.of())
                .data(
                        "routes",
                        routing
                                ? maps(api.list("/api/directory/v1/routing", "state", state, "competence", competence))
                                : List.of())
                .data("searched", searching)
                .data("routed", routing);
    }
}
