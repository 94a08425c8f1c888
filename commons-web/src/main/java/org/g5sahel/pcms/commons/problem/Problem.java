package org.g5sahel.pcms.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem document as the platform sends it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type, String title, int status, String detail, String instance, String traceId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON-pointer-like dotted path and a translated message. */
    public record FieldError(String field, String message) {}
}
