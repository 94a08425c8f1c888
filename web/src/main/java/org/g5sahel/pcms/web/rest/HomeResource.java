package org.g5sahel.pcms.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.identity.Officer;

/**
 * "My work": what waits for the officer, most pressing first. Each block is one call of the public API with the
 * officer's token; the unread inbox updates live (app.js listens to the API's stream through {@code /events}).
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private final Api api;
    private final Pages pages;
    private final Officer officer;
    private final Template home;

    public HomeResource(Api api, Pages pages, Officer officer, @Location("home.html") Template home) {
        this.api = api;
        this.pages = pages;
        this.officer = officer;
        this.home = home;
    }

    @GET
    public TemplateInstance myWork() {
        List<Map<String, Object>> received = items(api.get("/api/cases/v1/requests", "box", "received", "limit", 100));
        List<Map<String, Object>> waiting = received.stream()
                .filter(this::waitsForMyAgency)
                .sorted(Comparator.comparing((Map<String, Object> r) -> !Boolean.TRUE.equals(r.get("overdue")))
                        .thenComparing(r -> Objects.toString(r.get("dueAt"), "")))
                .toList();
        List<Map<String, Object>> answered =
                items(api.get("/api/cases/v1/requests", "box", "sent", "limit", 100)).stream()
                        .filter(HomeResource::hasAnswer)
                        .toList();
        List<Map<String, Object>> decisions = AccessRequestResource.toDecide(AccessRequestResource.all(api), officer);
        List<Map<String, Object>> myCases = items(api.get("/api/cases/v1/cases", "limit", 50)).stream()
                .filter(c -> List.of("OPEN", "ACTIVE").contains(c.get("status")))
                .filter(c -> officer.agency().equals(sharing(c).get("ownerAgency")))
                .toList();
        return pages.of(home)
                .data("live", true)
                .data("inbox", items(api.get("/api/alerts/v1/inbox", "unread", true, "limit", 20)))
                .data("waiting", waiting)
                .data("answered", answered)
                .data("hits", maps(api.list("/api/cases/v1/correlations")))
                .data("decisions", decisions)
                .data("cases", myCases);
    }

    private boolean waitsForMyAgency(Map<String, Object> request) {
        return maps(request.get("recipients")).stream()
                .anyMatch(recipient -> officer.agency().equals(recipient.get("agency"))
                        && List.of("SENT", "ACKNOWLEDGED").contains(recipient.get("status")));
    }

    private static boolean hasAnswer(Map<String, Object> request) {
        return maps(request.get("recipients")).stream().anyMatch(recipient -> recipient.get("answeredAt") != null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sharing(Map<String, Object> record) {
        Object sharing = record.get("sharing");
        return sharing instanceof Map ? (Map<String, Object>) sharing : Map.of();
    }

    /** The items of one page of a list. */
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return maps(page.get("items"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        if (!(list instanceof List<?> values)) {
            return List.of();
        }
        return values.stream()
                .filter(Map.class::isInstance)
                .map(value -> (Map<String, Object>) value)
                .toList();
    }
}
