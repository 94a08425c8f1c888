package org.g5sahel.pcms.gateway.problem;

import java.net.URI;

/**
 * The errors the gateway itself produces. Each has a stable {@code type} URI, the same for every client and language;
 * title and detail come from the {@code messages/gateway_*.properties} bundles under {@code problem.<slug>.*}.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    REQUEST_TIMEOUT(408, "request-timeout"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    RATE_LIMITED(429, "rate-limited"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout");

    private static final String BASE_URI = "https://pcms.g5sahel.org/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /**
     * The problem type for an HTTP error status the gateway did not produce itself (a failed route).
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404, 405 -> NOT_FOUND;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> INTERNAL_ERROR;
        };
    }
}
