package org.g5sahel.pcms.alerts.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.service.InboxService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;

@Path("/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Inbox")
public class InboxResource {

    private final InboxService inbox;
    private final CurrentCaller caller;

    public InboxResource(InboxService inbox, CurrentCaller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The caller's agency inbox, newest first",
            description = "unread=true for unacknowledged only.")
    public Page<InboxItemView> list(
            @QueryParam("unread") boolean unread,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<InboxItem> fetched = inbox.list(caller.get(), unread, Cursors.decode(cursor), size + 1);
        return Page.of(fetched, size, item -> item.sortKey).mapItems(InboxItemView::of);
    }

    @GET
    @Path("/unread")
    @Operation(summary = "How many notifications the caller's agency has not acknowledged")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unread(caller.get()));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a notification", description = "Idempotent: the first acknowledgement is kept.")
    public InboxItemView acknowledge(@PathParam("id") UUID id) {
        return InboxItemView.of(inbox.acknowledge(caller.get(), id));
    }
}
