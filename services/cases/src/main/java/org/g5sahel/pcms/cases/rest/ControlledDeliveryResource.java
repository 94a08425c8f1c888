package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.cases.service.ControlledDeliveryService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/controlled-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
@Tag(name = "Controlled deliveries")
public class ControlledDeliveryResource {

    private final ControlledDeliveryService deliveries;
    private final CurrentCaller caller;

    public ControlledDeliveryResource(ControlledDeliveryService deliveries, CurrentCaller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Plan a controlled delivery of a case along a route of States")
    public Response plan(@Valid @NotNull ControlledDeliveryRequest request) {
        ControlledDelivery delivery = deliveries.plan(caller.get(), request.command());
        return Response.created(URI.create("v1/controlled-deliveries/" + delivery.id))
                .entity(Views.ControlledDeliveryView.of(delivery, caller.get()))
                .build();
    }

    @GET
    @Operation(summary = "Deliveries the caller's agency runs or whose route crosses the caller's State")
    public List<Views.ControlledDeliveryView> list() {
        return deliveries.ownedOrOnRoute(caller.get()).stream()
                .map(delivery -> Views.ControlledDeliveryView.of(delivery, caller.get()))
                .toList();
    }

    @GET
    @Path("/{id}")
    public Views.ControlledDeliveryView get(@PathParam("id") UUID id) {
        return Views.ControlledDeliveryView.of(deliveries.get(caller.get(), id), caller.get());
    }

    @POST
    @Path("/{id}/legs/{position}/authorisation")
    @Operation(summary = "Authorise the caller's State's leg")
    public Views.ControlledDeliveryView authorise(
            @PathParam("id") UUID id,
            @PathParam("position") int position,
            @Valid @NotNull ControlledDeliveryRequest.Authorisation authorisation) {
        return Views.ControlledDeliveryView.of(
                deliveries.authorise(caller.get(), id, position, authorisation.command()), caller.get());
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start the delivery", description = "Refused (409) until every leg is authorised.")
    public Views.ControlledDeliveryView start(@PathParam("id") UUID id) {
        return Views.ControlledDeliveryView.of(deliveries.start(caller.get(), id), caller.get());
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(summary = "Record how the delivery ended")
    public Views.ControlledDeliveryView conclude(
            @PathParam("id") UUID id, @Valid @NotNull ControlledDeliveryRequest.Conclusion conclusion) {
        return Views.ControlledDeliveryView.of(
                deliveries.conclude(caller.get(), id, conclusion.command()), caller.get());
    }
}
