package org.g5sahel.pcms.alerts.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.service.AlertStream;
import org.g5sahel.pcms.alerts.service.AlertView;
import org.g5sahel.pcms.alerts.service.StreamViews;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.CurrentCaller;

@Path("/v1/stream")
@Authenticated
@Tag(name = "Live stream")
public class StreamResource {

    /** The data of an unnamed event: {@code connected} first, then one {@code alert} per alert the caller may see. */
    public record StreamEvent(String type, AlertView alert) {}

    /** Name of the events that carry an item of the caller's own agency's inbox. */
    static final String INBOX_ITEM = "inbox-item";

    private final AlertStream stream;
    private final StreamViews views;
    private final CurrentCaller caller;
    private final AlertsConfig config;

    public StreamResource(AlertStream stream, StreamViews views, CurrentCaller caller, AlertsConfig config) {
        this.stream = stream;
        this.views = views;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Alerts and the caller's new inbox items as they come (Server-Sent Events)",
            description = "Unnamed events carry {\"type\":\"connected\"} first, then {\"type\":\"alert\",\"alert\":…}"
                    + " for each alert the caller may see as it is issued, updated or cancelled. Events named"
                    + " inbox-item carry a new item of the caller's own agency's inbox, as an item of GET /v1/inbox."
                    + " A comment line ': heartbeat' comes every pcms.alerts.stream.heartbeat (15 s) so that idle"
                    + " connections stay open through the gateway.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Caller who = caller.get();
        Multi<OutboundSseEvent> alerts = stream.published()
                .onItem()
                .transformToUniAndConcatenate(id -> offTheEventLoop(() -> views.visible(who, id)))
                .filter(Optional::isPresent)
                .map(view -> json(sse, new StreamEvent("alert", view.get())));
        // Another agency's item is dropped before the database is read; the read checks it once more.
        Multi<OutboundSseEvent> items = stream.delivered()
                .filter(delivery -> delivery.recipientAgency().equals(who.agency()))
                .onItem()
                .transformToUniAndConcatenate(
                        delivery -> offTheEventLoop(() -> views.ownItem(who, delivery.itemId(), InboxItemView::of)))
                .filter(Optional::isPresent)
                .map(item -> sse.newEventBuilder()
                        .name(INBOX_ITEM)
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(InboxItemView.class, item.get())
                        .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom()
                .ticks()
                .every(config.stream().heartbeat())
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        // The caller's access withdrawn (RevokedTokenFilter refuses his token from then on): the stream ends.
        OutboundSseEvent end = sse.newEventBuilder().comment("revoked").build();
        Multi<OutboundSseEvent> revoked =
                stream.revokedSubjects().filter(who.subject()::equals).map(subject -> end);
        return Multi.createBy()
                .merging()
                .streams(
                        Multi.createBy()
                                .concatenating()
                                .streams(
                                        Multi.createFrom().item(json(sse, new StreamEvent("connected", null))), alerts),
                        items,
                        heartbeats,
                        revoked)
                .select()
                .first(event -> event != end);
    }

    private static OutboundSseEvent json(Sse sse, StreamEvent event) {
        return sse.newEventBuilder()
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(StreamEvent.class, event)
                .build();
    }

    /** The visibility checks read the database: off the event loop. */
    private static <T> Uni<Optional<T>> offTheEventLoop(Supplier<Optional<T>> read) {
        return Uni.createFrom().item(read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
