package org.g5sahel.pcms.alerts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.model.Webhook;
import org.g5sahel.pcms.alerts.model.WebhookDelivery;
import org.g5sahel.pcms.alerts.service.WebhookService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_SYSTEM)
@Tag(name = "Partner webhooks")
public class WebhookResource {

    public record WebhookRequest(@NotBlank @Size(max = 500) String url) {}

    /** The secret appears only in the creation answer. */
    public record WebhookView(
            UUID id, String partner, String agency, String url, boolean active, Instant createdAt, String secret) {
        static WebhookView of(Webhook webhook, boolean withSecret) {
            return new WebhookView(
                    webhook.id,
                    webhook.partner,
                    webhook.agency,
                    webhook.url,
                    webhook.active,
                    webhook.createdAt,
                    withSecret ? webhook.secret : null);
        }
    }

    public record DeliveryView(
            UUID id,
            UUID alertId,
            int alertRevision,
            WebhookDelivery.Status status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant deliveredAt) {
        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(
                    delivery.id,
                    delivery.alertId,
                    delivery.alertRevision,
                    delivery.status,
                    delivery.attempts,
                    delivery.nextAttemptAt,
                    delivery.lastError,
                    delivery.deliveredAt);
        }
    }

    private final WebhookService webhooks;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public WebhookResource(WebhookService webhooks, Idempotency idempotency, CurrentCaller caller) {
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The partner's webhooks")
    public List<WebhookView> list() {
        return webhooks.ofCaller(caller.get()).stream()
                .map(webhook -> WebhookView.of(webhook, false))
                .toList();
    }

    @POST
    @Operation(
            summary = "Register an endpoint for PARTNERS alerts",
            description =
                    "Deliveries are signed: X-PCMS-Signature t=<epoch>,v1=<hex HMAC-SHA256 of \"t.body\"> with the returned secret.")
    public Response register(
            @Valid @NotNull WebhookRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Webhook webhook = webhooks.register(caller.get(), request.url());
            return Response.created(URI.create("v1/webhooks/" + webhook.id))
                    .entity(WebhookView.of(webhook, true))
                    .build();
        });
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Deliveries of a webhook, with their attempts and dead letters")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id) {
        return webhooks.deliveries(caller.get(), id).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @DELETE
    @Path("/{id}")
    public Response deactivate(@PathParam("id") UUID id) {
        webhooks.deactivate(caller.get(), id);
        return Response.noContent().build();
    }
}
