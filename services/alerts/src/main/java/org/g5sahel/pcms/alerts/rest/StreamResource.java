package org.g5sahel.pcms.alerts.rest;

import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.service.AlertStream;
import org.g5sahel.pcms.alerts.service.StreamViews;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/v1/stream")
@Authenticated
@Tag(name = "Live stream")
public class StreamResource {

    /** One server-sent event: {@code connected} first, then one {@code alert} per alert the caller may see. */
    public record StreamEvent(String type, AlertView alert) {
    }

    /** Internal marker that ends the stream; never sent. */
    private static final String REVOKED = "revoked";

    private final AlertStream stream;
    private final StreamViews views;
    private final CurrentCaller caller;

    public StreamResource(AlertStream stream, StreamViews views, CurrentCaller caller) {
        this.stream = stream;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alerts as they are issued, updated or cancelled (Server-Sent Events)", description = "Only alerts the caller may see; the first event says the stream is connected.")
    public Multi<StreamEvent> stream() {
        Caller who = caller.get();
        Multi<StreamEvent> alerts = stream.published()
                .onItem().transformToUniAndConcatenate(id -> visible(who, id))
                .filter(Optional::isPresent).map(view -> new StreamEvent("alert", view.get()));
        // The caller's access withdrawn (RevokedTokenFilter refuses his token from then on): the stream ends.
        Multi<StreamEvent> revoked = stream.revokedSubjects().filter(who.subject()::equals)
                .map(subject -> new StreamEvent(REVOKED, null));
        return Multi.createBy().merging().streams(
                Multi.createBy().concatenating().streams(Multi.createFrom().item(new StreamEvent("connected", null)), alerts),
                revoked).select().first(event -> !REVOKED.equals(event.type()));
    }

    /** The visibility check reads the database: off the event loop. */
    private Uni<Optional<AlertView>> visible(Caller who, UUID id) {
        return Uni.createFrom().item(() -> views.visible(who, id)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
