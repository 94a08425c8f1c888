package org.g5sahel.pcms.commons.problem;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the caller's language. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.negotiate(headers.getAcceptableLanguages());
        Problem body =
                body(problem, locale, uri == null ? null : uri.getRequestUri().getRawPath());
        ProblemType type = problem.type();
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body);
        if (type == ProblemType.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.build();
    }

    /** The problem document in {@code locale}, for answers written outside JAX-RS (HTTP-level limits). */
    public static Problem body(ProblemException problem, Locale locale, String instance) {
        List<Problem.FieldError> errors = problem.fieldErrors().stream()
                .map(error -> new Problem.FieldError(error.field(), ProblemMessages.message(error.message(), locale)))
                .toList();
        ProblemType type = problem.type();
        return new Problem(
                type.uri(),
                ProblemMessages.title(type, locale),
                type.status(),
                ProblemMessages.message(problem.detailKey(), locale, problem.arguments()),
                instance,
                traceId(),
                errors);
    }

    private static String traceId() {
        String traceId = Span.current().getSpanContext().getTraceId();
        return Span.current().getSpanContext().isValid() ? traceId : null;
    }
}
