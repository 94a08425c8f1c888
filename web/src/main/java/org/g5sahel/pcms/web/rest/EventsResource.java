package org.g5sahel.pcms.web.rest;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.g5sahel.pcms.web.api.LiveStream;
import org.g5sahel.pcms.web.i18n.Language;

/**
 * The officer's live updates for the pages' script: the API's stream (new inbox items, alerts), relayed with the
 * officer's token kept here, and a heartbeat so that no proxy on a slow link closes a quiet connection.
 */
@Path("/events")
@Authenticated
public class EventsResource {

    /** Under the gateway's 10 s limit on an upstream's silence (and its 30 s idle timeout toward the browser). */
    static final Duration HEARTBEAT = Duration.ofSeconds(8);

    private final LiveStream stream;
    private final AccessTokenCredential accessToken;
    private final Language language;

    public EventsResource(LiveStream stream, AccessTokenCredential accessToken, Language language) {
        this.stream = stream;
        this.accessToken = accessToken;
        this.language = language;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        Multi<OutboundSseEvent> relayed = stream.open(accessToken.getToken(), language.tag())
                .map(event -> sse.newEventBuilder()
                        .name(event.name())
                        .data(event.data())
                        .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom()
                .ticks()
                .every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().name("heartbeat").data("").build());
        return Multi.createBy().merging().streams(relayed, heartbeats);
    }
}
