package org.g5sahel.pcms.web.rest;

import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What an officer sees when a page cannot be shown: a sentence in his language, never a status code or a stack trace.
 * A record he may not see is "not found" (the API does not say whether it exists).
 */
public class ErrorPages {

    private final Pages pages;
    private final Template error;

    public ErrorPages(Pages pages, @Location("error.html") Template error) {
        this.pages = pages;
        this.error = error;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        int status = problem.status() == 401 ? 403 : problem.status();
        return page(status, problem.sentence());
    }

    @ServerExceptionMapper
    public Response unavailable(ApiUnavailable unavailable) {
        Log.warnf(
                "The API is unavailable: %s",
                unavailable.getCause() == null
                        ? unavailable.getMessage()
                        : unavailable.getCause().toString());
        return page(503, pages.texts().get("error.unavailable"));
    }

    private Response page(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.of(error)
                        .data("message", message)
                        .data("status", status)
                        .render())
                .build();
    }
}
