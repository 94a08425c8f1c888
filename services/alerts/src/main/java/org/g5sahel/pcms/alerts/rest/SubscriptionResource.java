package org.g5sahel.pcms.alerts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.g5sahel.pcms.alerts.model.Subscription;
import org.g5sahel.pcms.alerts.service.SubscriptionService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.BORDER_OFFICER,
    Roles.FIREARMS_OFFICER,
    Roles.FIU_ANALYST
})
@Tag(name = "Subscriptions")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public SubscriptionResource(SubscriptionService subscriptions, Idempotency idempotency, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's agency subscriptions")
    public List<SubscriptionView> list() {
        return subscriptions.ofCaller(caller.get()).stream()
                .map(SubscriptionView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.get(caller.get(), id));
    }

    @POST
    @Operation(
            summary = "Subscribe the caller's agency to issued alerts",
            description =
                    "By category, threat and area; delivery still follows each alert's distribution. Honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull SubscriptionRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Subscription subscription = subscriptions.create(caller.get(), request.command());
            return Response.created(URI.create("v1/subscriptions/" + subscription.id))
                    .entity(SubscriptionView.of(subscription))
                    .build();
        });
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
