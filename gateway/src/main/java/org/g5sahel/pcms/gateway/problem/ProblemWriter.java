package org.g5sahel.pcms.gateway.problem;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.gateway.edge.RequestIds;
import org.g5sahel.pcms.gateway.edge.TraceIds;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders the gateway's own errors as RFC 9457 {@code application/problem+json}, in French or English.
 * <p>
 * The services render their problems with the shared library; the gateway keeps this small writer on purpose (that
 * library brings a database with it) and uses the same field names. No stack trace or exception message is ever
 * rendered.
 */
@ApplicationScoped
public class ProblemWriter {

    private static final String BUNDLE = "messages.gateway";

    private final Map<ProblemType, Map<Locale, Texts>> texts = new EnumMap<>(ProblemType.class);

    public ProblemWriter() {
        for (Locale language : AcceptLanguage.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ProblemType type : ProblemType.values()) {
                texts.computeIfAbsent(type, t -> new HashMap<>()).put(language, Texts.of(bundle, type));
            }
        }
    }

    /**
     * Renders a problem for {@code request}.
     *
     * @param detailVariant {@code null} for the type's usual detail, or the suffix of a more precise one
     *        ({@code problem.<slug>.detail.<variant>})
     * @param arguments values for the {@code {0}}, {@code {1}}… placeholders of the detail
     */
    public Problem render(HttpServerRequest request, ProblemType type, String detailVariant, Object... arguments) {
        Locale language = AcceptLanguage.resolve(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Texts text = texts.get(type).get(language);
        String detail = detailVariant == null ? text.detail() : text.variant(detailVariant);
        JsonObject json = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", text.title())
                .put("status", type.status())
                .put("detail", arguments.length == 0 ? detail : new MessageFormat(detail, language).format(arguments))
                .put("instance", request.path());
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        TraceIds.current(request).ifPresent(traceId -> json.put("traceId", traceId));
        return new Problem(type, language, json);
    }

    public Problem render(HttpServerRequest request, ProblemType type) {
        return render(request, type, null);
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
        Problem problem = render(context.request(), type, detailVariant, arguments);
        return response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.CONTENT_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, problem.language().getLanguage())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .end(problem.body());
    }

    public Future<Void> send(RoutingContext context, ProblemType type) {
        return send(context, type, null);
    }

    private record Texts(String title, String detail, Map<String, String> variants) {

        static Texts of(ResourceBundle bundle, ProblemType type) {
            String prefix = "problem." + type.slug() + ".";
            Map<String, String> variants = new HashMap<>();
            for (String key : List.copyOf(bundle.keySet())) {
                if (key.startsWith(prefix + "detail.")) {
                    variants.put(key.substring((prefix + "detail.").length()), bundle.getString(key));
                }
            }
            try {
                return new Texts(bundle.getString(prefix + "title"), bundle.getString(prefix + "detail"), Map.copyOf(variants));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Message bundle " + BUNDLE + "_" + bundle.getLocale()
                        + " lacks the title or detail of problem " + type.slug(), e);
            }
        }

        String variant(String name) {
            return variants.getOrDefault(name, detail);
        }
    }
}
