package org.g5sahel.pcms.gateway.problem;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.edge.RequestIds;
import org.g5sahel.pcms.gateway.edge.TraceIds;

/**
 * Renders the gateway's own errors as RFC 9457 {@code application/problem+json}, in French, English or Arabic.
 * <p>
 * Types, titles and language negotiation are the platform's (commons-web), so a client sees one {@code type} and one
 * title whether the gateway or a service refused its request. The details are the gateway's
 * ({@code messages/service_*.properties}, {@code gateway.<slug>}), except a malformed request's, which reads as a
 * service's. The document is written with Vert.x (the gateway has no JAX-RS) and carries the edge's request and
 * trace ids. No stack trace or exception message is ever rendered.
 */
@ApplicationScoped
public class ProblemWriter {

    /**
     * Renders a problem for {@code request}.
     *
     * @param detailVariant {@code null} for the type's usual detail, or the suffix of a more precise one
     *        ({@code gateway.<slug>.<variant>})
     * @param arguments values for the {@code {0}}, {@code {1}}… placeholders of the detail
     */
    public ProblemDocument render(
            HttpServerRequest request, ProblemType type, String detailVariant, Object... arguments) {
        Locale language = ProblemMessages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject json = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", ProblemMessages.title(type, language))
                .put("status", type.status())
                .put("detail", ProblemMessages.message(detailKey(type, detailVariant), language, arguments))
                .put("instance", request.path());
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        TraceIds.current(request).ifPresent(traceId -> json.put("traceId", traceId));
        return new ProblemDocument(type, language, json);
    }

    public ProblemDocument render(HttpServerRequest request, ProblemType type) {
        return render(request, type, null);
    }

    /** The message key of a problem's detail: the gateway's own, but a malformed request's is the services'. */
    static String detailKey(ProblemType type, String detailVariant) {
        if (type == ProblemType.MALFORMED_REQUEST) {
            return type.slug() + ".detail";
        }
        return "gateway." + type.slug() + (detailVariant == null ? "" : "." + detailVariant);
    }

    /**
     * Sends a problem as the response to {@code context}, unless a response was already started.
     */
    public Future<Void> send(RoutingContext context, ProblemType type, String detailVariant, Object... arguments) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // Too late for a problem document: cut the response so that the client sees it failed.
            context.request().connection().close();
            return Future.failedFuture("response already started");
        }
        ProblemDocument problem = render(context.request(), type, detailVariant, arguments);
        return response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, problem.language().getLanguage())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .end(problem.body());
    }

    public Future<Void> send(RoutingContext context, ProblemType type) {
        return send(context, type, null);
    }
}
