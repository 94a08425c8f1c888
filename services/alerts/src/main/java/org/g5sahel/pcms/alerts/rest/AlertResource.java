package org.g5sahel.pcms.alerts.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.cap.CapXml;
import org.g5sahel.pcms.alerts.cap.OutgoingMessages;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertStatus;
import org.g5sahel.pcms.alerts.service.AlertService;
import org.g5sahel.pcms.alerts.service.AlertView;
import org.g5sahel.pcms.alerts.service.CapImports;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

@Path("/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Alerts")
public class AlertResource {

    private final AlertService alerts;
    private final CapImports capImports;
    private final CapXml capXml;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public AlertResource(
            AlertService alerts,
            CapImports capImports,
            CapXml capXml,
            Idempotency idempotency,
            CurrentCaller caller,
            MergePatch mergePatch) {
        this.alerts = alerts;
        this.capImports = capImports;
        this.capXml = capXml;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Alerts visible to the caller, newest first",
            description =
                    "Drafts and pending alerts only for their agency and approvers; keyset cursor; reads outside the owning agency are audited.")
    public Page<AlertView> search(
            @QueryParam("status") AlertStatus status,
            @QueryParam("event") String event,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Alert> fetched = alerts.search(
                caller.get(),
                status,
                event == null || event.isBlank() ? null : event,
                Cursors.decode(cursor),
                size + 1);
        return Page.of(fetched, size, alert -> alert.sortKey).mapItems(AlertView::of);
    }

    @GET
    @Path("/count")
    @Operation(summary = "How many alerts the caller may see")
    public Map<String, Long> count(@QueryParam("status") AlertStatus status) {
        return Map.of("count", alerts.count(caller.get(), status));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Alert alert = alerts.get(caller.get(), id);
        return Response.ok(AlertView.of(alert))
                .tag(Versions.etag(alert.version))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(CapXml.MEDIA_TYPE)
    @Operation(
            summary = "The alert as an OASIS CAP 1.2 message",
            description =
                    "The platform's message at the alert's current revision: its own identifier, every earlier message and, for an imported alert, the received one in references; every element the sender wrote. Validated against the CAP 1.2 schema before it is sent.")
    public Response getCap(@PathParam("id") UUID id) {
        Alert alert = alerts.get(caller.get(), id);
        return Response.ok(capXml.write(OutgoingMessages.of(alert)), CapXml.MEDIA_TYPE + ";charset=UTF-8")
                .tag(Versions.etag(alert.version))
                .build();
    }

    @GET
    @Path("/{id}/original")
    @Produces(CapXml.MEDIA_TYPE)
    @Operation(
            summary = "An imported alert's CAP message byte for byte as received",
            description = "Unchanged, so that its XML signature still verifies; 404 for the platform's own alerts.")
    public Response getOriginal(@PathParam("id") UUID id) {
        return Response.ok(alerts.original(caller.get(), id), CapXml.MEDIA_TYPE).build();
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.ANALYST, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Draft an alert",
            description = "Default distribution G5; issued only after four-eyes approval; honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull AlertRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(
                caller.get(), idempotencyKey, request, () -> created(alerts.create(caller.get(), request.command())));
    }

    @POST
    @Consumes(CapXml.MEDIA_TYPE)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.ANALYST, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Import a CAP 1.2 alert from a partner feed",
            description =
                    "Validated against the schema and CAP rules; DOCTYPE, external entities and XInclude refused; an enveloped XML signature is verified against the trust list of signers (a broken one is refused); kept element by element and byte for byte; becomes a draft of the caller's agency.")
    public Response importCap(
            byte[] body,
            @QueryParam("feed") String feed,
            @QueryParam("distribution") Distribution distribution,
            @QueryParam("sharedWith") List<String> sharedWith,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        SharingTerms sharing = distribution == null
                ? null
                : new SharingTerms(distribution, sharedWith, null, null, null, null, null, null);
        return idempotency.execute(
                caller.get(),
                idempotencyKey,
                java.util.HexFormat.of().formatHex(body),
                () -> created(capImports.importMessage(caller.get(), body, feed, sharing)));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Edit a draft, or update an issued alert",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). A draft by its agency; an issued alert only by a second person with approval authority (sent as CAP Update). Requires If-Match with the exact ETag.")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AlertRequest request) {
        return ok(alerts.update(caller.get(), id, ifMatch, request.command()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of an alert",
            description =
                    "JSON Merge Patch (RFC 7396) of the AlertRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(alerts.patch(
                caller.get(),
                id,
                ifMatch,
                current -> mergePatch
                        .apply(AlertRequest.of(current), current.version, ifMatch, patch, AlertRequest.class)
                        .command()));
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a draft for approval", description = "Requires If-Match.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(alerts.submit(caller.get(), id, ifMatch));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Approve (issue) or reject a pending alert",
            description =
                    "Four-eyes: the owning State's national coordinator, or the regional coordinator for G5 alerts; never the author. Requires If-Match.")
    public Response decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ApprovalDecision decision) {
        return ok(alerts.decide(caller.get(), id, ifMatch, decision.command()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(
            summary = "Cancel an issued alert",
            description =
                    "Owning agency or the owning State's national coordinator; recipients are notified. Requires If-Match.")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Reason reason) {
        return ok(alerts.cancel(caller.get(), id, ifMatch, reason.reason()));
    }

    @GET
    @Path("/{id}/audience")
    @Operation(
            summary = "Who can see the alert today",
            description =
                    "Groups of callers its sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read it.")
    public Audience audience(@PathParam("id") UUID id) {
        return alerts.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return alerts.previewSharing(caller.get(), id, terms);
    }

    @PUT
    @Path("/{id}/sharing")
    @Operation(
            summary = "Change who may see the alert",
            description = "Only the owning agency or the owning State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms) {
        return ok(alerts.changeSharing(caller.get(), id, ifMatch, terms));
    }

    private static Response created(Alert alert) {
        return Response.created(URI.create("v1/alerts/" + alert.id))
                .tag(Versions.etag(alert.version))
                .entity(AlertView.of(alert))
                .build();
    }

    private static Response ok(Alert alert) {
        return Response.ok(AlertView.of(alert))
                .tag(Versions.etag(alert.version))
                .build();
    }
}
