package org.g5sahel.pcms.directory.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.model.Contact;
import org.g5sahel.pcms.directory.service.ContactService;

@Path("/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Points of contact")
public class ContactResource {

    private final ContactService contacts;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public ContactResource(
            ContactService contacts, Idempotency idempotency, CurrentCaller caller, MergePatch mergePatch) {
        this.contacts = contacts;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Search the points of contact visible to the caller",
            description = "Ordered by name; keyset cursor; reads outside the owning agency are audited.")
    public Page<ContactView> search(
            @QueryParam("q") String query,
            @QueryParam("agency") String agency,
            @QueryParam("state") String state,
            @QueryParam("competence") Competence competence,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Contact> fetched = contacts.search(
                caller.get(),
                agency,
                state,
                competence,
                query == null || query.isBlank() ? null : query,
                Cursors.decode(cursor),
                size + 1);
        return Page.of(fetched, size, contact -> contact.sortKey).mapItems(ContactView::of);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Contact contact = contacts.get(caller.get(), id);
        return Response.ok(ContactView.of(contact))
                .tag(Versions.etag(contact.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Add a point of contact to an agency of the caller's State",
            description = "Default distribution G5; honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull ContactRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Contact contact = contacts.create(caller.get(), request.command());
            return Response.created(URI.create("v1/contacts/" + contact.id))
                    .tag(Versions.etag(contact.version))
                    .entity(ContactView.of(contact))
                    .build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Replace a point of contact",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). Requires If-Match with the exact ETag.")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactRequest request) {
        Contact contact = contacts.update(caller.get(), id, ifMatch, request.command());
        return Response.ok(ContactView.of(contact))
                .tag(Versions.etag(contact.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Change some fields of a point of contact",
            description =
                    "JSON Merge Patch (RFC 7396) of the ContactRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Contact contact = contacts.patch(
                caller.get(),
                id,
                ifMatch,
                current -> mergePatch
                        .apply(ContactRequest.of(current), current.version, ifMatch, patch, ContactRequest.class)
                        .command());
        return Response.ok(ContactView.of(contact))
                .tag(Versions.etag(contact.version))
                .build();
    }

    @GET
    @Path("/{id}/audience")
    @Operation(
            summary = "Who can see the contact today",
            description =
                    "Groups of callers its sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read it.")
    public Audience audience(@PathParam("id") UUID id) {
        return contacts.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return contacts.previewSharing(caller.get(), id, terms);
    }

    @PUT
    @Path("/{id}/sharing")
    @Operation(
            summary = "Change who may see the contact",
            description = "Only the owning agency or the owning State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms) {
        Contact contact = contacts.changeSharing(caller.get(), id, ifMatch, terms);
        return Response.ok(ContactView.of(contact))
                .tag(Versions.etag(contact.version))
                .build();
    }
}
