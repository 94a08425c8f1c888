package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.CaseResource.seeOther;
import static org.g5sahel.pcms.web.rest.HomeResource.items;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.g5sahel.pcms.web.api.Api;

/** The agency's inbox: alerts, notices and platform notices delivered to it, acknowledged one by one. */
@Path("/inbox")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InboxResource {

    private final Api api;
    private final Pages pages;
    private final Template inbox;

    public InboxResource(Api api, Pages pages, @Location("inbox.html") Template inbox) {
        this.api = api;
        this.pages = pages;
        this.inbox = inbox;
    }

    @GET
    public TemplateInstance list(@QueryParam("unread") boolean unread, @QueryParam("cursor") String cursor) {
        var page = api.get("/api/alerts/v1/inbox", "unread", unread ? "true" : null, "cursor", cursor, "limit", 25);
        return pages.of(inbox)
                .data("items", items(page))
                .data("unread", unread)
                .data("next", page.get("next"))
                .data(
                        "nextQuery",
                        Api.queryString(new Object[] {"unread", unread ? "true" : null, "cursor", page.get("next")}));
    }

    @POST
    @Path("/{id}/acknowledgement")
    public Response acknowledge(@PathParam("id") UUID id) {
        api.post("/api/alerts/v1/inbox/" + id + "/acknowledgement", null);
        return seeOther("/inbox");
    }
}
