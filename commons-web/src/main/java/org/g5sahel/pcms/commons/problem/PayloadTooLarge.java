package org.g5sahel.pcms.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before Quarkus'
 * own limit handler (route order -2) answers it with an empty body. The body is never read: the connection closes.
 */
@ApplicationScoped
public class PayloadTooLarge {

    /** Just before Quarkus' own max-body-size handler. */
    static final int ROUTE_ORDER = -3;

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper objectMapper;

    public PayloadTooLarge(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper objectMapper) {
        this.maxBodySize = maxBodySize;
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit ->
                router.route().order(ROUTE_ORDER).handler(context -> refuseIfTooLarge(context, limit.asLongValue())));
    }

    private void refuseIfTooLarge(RoutingContext context, long limit) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        Locale locale = ProblemMessages.negotiate(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = ProblemResponses.body(
                new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "payload-too-large.limit", limit),
                locale,
                context.request().path());
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response()
                .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
