package org.g5sahel.pcms.directory.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.service.AgencyView;
import org.g5sahel.pcms.directory.service.RoutingService;

@Path("/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Routing")
public class RoutingResource {

    /** An agency to call, its 24/7 desk, and the contacts for the competence that the caller may see. */
    public record RouteView(AgencyView agency, List<ContactView> contacts) {}

    private final RoutingService routing;
    private final CurrentCaller caller;

    public RoutingResource(RoutingService routing, CurrentCaller caller) {
        this.routing = routing;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Who handles a competence in a State",
            description = "e.g. ?state=NE&competence=FIREARMS_TRAFFICKING")
    public List<RouteView> route(
            @QueryParam("state") @NotNull @Pattern(regexp = "^[A-Z0-9]+$") String state,
            @QueryParam("competence") @NotNull Competence competence) {
        return routing.route(caller.get(), state, competence).stream()
                .map(route -> new RouteView(
                        AgencyView.of(route.agency()),
                        route.contacts().stream().map(ContactView::of).toList()))
                .toList();
    }
}
