package org.g5sahel.pcms.web.rest;

import static org.g5sahel.pcms.web.rest.HomeResource.items;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.g5sahel.pcms.web.api.Api;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;

/**
 * "Who read my records, and who tried": the access logs of every service, merged newest first. The API decides whose
 * records the officer may audit (his agency's; his State's for a national coordinator).
 */
@Path("/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final List<String> SERVICES = List.of("cases", "alerts", "directory", "firearms", "aml", "training");
    private static final int PER_SERVICE = 50;

    private final Api api;
    private final Pages pages;
    private final Template audit;

    public AuditResource(Api api, Pages pages, @Location("audit.html") Template audit) {
        this.api = api;
        this.pages = pages;
        this.audit = audit;
    }

    @GET
    public TemplateInstance accesses() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Object> answers = api.getAll(SERVICES.stream()
                .map(service -> "/api/" + service + "/v1/audit/accesses?limit=" + PER_SERVICE)
                .toList());
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            Object answer = answers.get(i);
            if (answer instanceof ApiUnavailable unavailable) {
                throw unavailable;
            }
            if (answer instanceof ApiProblem) {
                // A role this service does not audit for (a training manager in firearms): nothing to show there.
                refused.add(service);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) answer;
            items(page).forEach(row -> {
                Map<String, Object> shown = new java.util.LinkedHashMap<>(row);
                shown.put("service", service);
                rows.add(shown);
            });
        }
        rows.sort(Comparator.comparing((Map<String, Object> row) -> Objects.toString(row.get("occurredAt"), ""))
                .reversed());
        return pages.of(audit).data("rows", rows).data("refused", refused);
    }
}
