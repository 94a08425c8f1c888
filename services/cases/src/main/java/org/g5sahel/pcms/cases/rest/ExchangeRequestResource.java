package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.model.Attachment;
import org.g5sahel.pcms.cases.model.ExchangeRequest;
import org.g5sahel.pcms.cases.model.RequestMessage;
import org.g5sahel.pcms.cases.service.ExchangeRequestService;
import org.g5sahel.pcms.cases.service.RequestRecipients;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;

@Path("/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// A partner organisation's system reads and answers the requests addressed to it (the participant predicate of every
// query keeps it to those); only the States' officers send requests.
@RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR, Roles.PARTNER_SYSTEM})
@Tag(name = "Information-exchange requests")
public class ExchangeRequestResource {

    private final ExchangeRequestService requests;
    private final RequestRecipients recipients;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public ExchangeRequestResource(
            ExchangeRequestService requests,
            RequestRecipients recipients,
            Idempotency idempotency,
            CurrentCaller caller,
            JsonWebToken token) {
        this.requests = requests;
        this.recipients = recipients;
        this.idempotency = idempotency;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Send a request to agencies of other States or to partner organisations",
            description =
                    "Each recipient must be an active agency or partner of the directory (422 naming those that are not); due date defaults by urgency; honours Idempotency-Key.")
    public Response send(
            @Valid @NotNull ExchangeRequestCreate create, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // Asked before any transaction opens: no database connection waits on the directory.
        recipients.requireActive(create.recipients(), token.getRawToken());
        return idempotency.execute(caller.get(), idempotencyKey, create, () -> {
            ExchangeRequest request = requests.send(caller.get(), create.command());
            return Response.created(URI.create("v1/requests/" + request.id))
                    .tag(Versions.etag(request.version))
                    .entity(Views.ExchangeRequestView.of(request, caller.get(), requests.now()))
                    .build();
        });
    }

    @GET
    @Operation(
            summary = "Requests the caller's agency sent or received",
            description =
                    "box=sent|received; overdue=true lists those past their due date with a recipient yet to answer.")
    public Page<Views.ExchangeRequestView> search(
            @QueryParam("box") String box,
            @QueryParam("caseId") UUID caseId,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        if (box != null && !box.equals("sent") && !box.equals("received")) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("box", "request.box")),
                    "validation-failed.detail",
                    1);
        }
        int size = Cursors.limit(limit);
        Instant now = requests.now();
        List<ExchangeRequest> fetched =
                requests.search(caller.get(), box, caseId, overdue, Keyset.parse(cursor), size + 1);
        return Page.of(fetched, size, request -> Keyset.key(request.sentAt, request.id))
                .mapItems(request -> Views.ExchangeRequestView.of(request, caller.get(), now));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        ExchangeRequest request = requests.get(caller.get(), id);
        return Response.ok(Views.ExchangeRequestView.of(request, caller.get(), requests.now()))
                .tag(Versions.etag(request.version))
                .build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Acknowledge receipt (a recipient)")
    public Views.ExchangeRequestView acknowledge(@PathParam("id") UUID id) {
        return Views.ExchangeRequestView.of(requests.acknowledge(caller.get(), id), caller.get(), requests.now());
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline the request, with the reason (a recipient)")
    public Views.ExchangeRequestView decline(@PathParam("id") UUID id, @Valid @NotNull DeclineRequest decline) {
        return Views.ExchangeRequestView.of(
                requests.decline(caller.get(), id, decline.reason()), caller.get(), requests.now());
    }

    @POST
    @Path("/{id}/replies")
    @Operation(
            summary = "Reply in the request's thread",
            description =
                    "A recipient's reply goes to the sender (finalAnswer=true answers the request); the sender's to the recipients it names.")
    public Response reply(
            @PathParam("id") UUID id,
            @Valid @NotNull ReplyRequest reply,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, reply, () -> {
            RequestMessage message = requests.reply(caller.get(), id, reply.command());
            return Response.created(URI.create("v1/requests/" + id + "/replies/" + message.id))
                    .entity(Views.MessageView.of(message))
                    .build();
        });
    }

    @GET
    @Path("/{id}/replies")
    @Operation(summary = "The replies written by or addressed to the caller's agency")
    public List<Views.MessageView> replies(@PathParam("id") UUID id) {
        return requests.thread(caller.get(), id).stream()
                .map(Views.MessageView::of)
                .toList();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Attach a file (PDF, PNG, JPEG, plain text or CSV; 10 MB at most)",
            description =
                    "The body is the file; Content-Type its type, checked against its content; name= its file name. The sender attaches while the request is open; a recipient until it declines, also after its answer.")
    public Response attach(
            @PathParam("id") UUID id,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] content) {
        Attachment attachment =
                requests.attach(caller.get(), id, name, contentType, content == null ? new byte[0] : content);
        return Response.created(URI.create("v1/requests/" + id + "/attachments/" + attachment.id))
                .entity(Views.AttachmentView.of(attachment))
                .build();
    }

    @GET
    @Path("/{id}/attachments")
    public List<Views.AttachmentView> attachments(@PathParam("id") UUID id) {
        return requests.attachments(caller.get(), id).stream()
                .map(Views.AttachmentView::of)
                .toList();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        ExchangeRequestService.Download download = requests.download(caller.get(), id, attachmentId);
        Attachment attachment = download.attachment();
        return Response.ok(download.content(), attachment.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + attachment.fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + attachment.sha256)
                .build();
    }
}
